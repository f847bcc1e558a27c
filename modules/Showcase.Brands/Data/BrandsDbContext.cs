using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Showcase.Abstractions.Data;
using Showcase.Brands.Models;

namespace Showcase.Brands.Data;

public abstract class BrandsDbContext(DbContextOptions options) : DbContext(options), IModuleDbContext
{
    public static string TablePrefix => "Brand";

    public static string Schema => "brands";

    public DbSet<Brand> Brands => Set<Brand>();

    public DbSet<PublishedBrand> Published => Set<PublishedBrand>();

    public DbSet<PublishedBrandTag> PublishedTags => Set<PublishedBrandTag>();

    public DbSet<BrandMedia> Media => Set<BrandMedia>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Brand>(e =>
        {
            e.ToTable("Brands");
            e.HasKey(b => b.Id);
            e.Property(b => b.Code).HasMaxLength(64);
            e.HasIndex(b => b.Code).IsUnique();
            MapFields(e);
            e.Property(b => b.State).HasConversion<string>().HasMaxLength(16);
            e.Property(b => b.ReviewComment).HasMaxLength(2000);
            e.Property(b => b.UpdatedBy).HasMaxLength(256);
            e.HasIndex(b => new { b.CommunityCode, b.State });
            e.HasIndex(b => b.DistrictCode);
            e.Ignore(b => b.Ref);
        });
        modelBuilder.Entity<PublishedBrand>(e =>
        {
            e.ToTable("Published");
            e.HasKey(b => b.Id);
            e.Property(b => b.Code).HasMaxLength(64);
            e.HasIndex(b => b.Code).IsUnique();
            e.Property(b => b.Title).HasMaxLength(200);
            e.Property(b => b.Slogan).HasMaxLength(200);
            e.Property(b => b.CommunityCode).HasMaxLength(64);
            e.Property(b => b.DistrictCode).HasMaxLength(64);
            e.Property(b => b.Summary).HasMaxLength(2000);
            e.Property(b => b.Contact).HasMaxLength(500);
            e.Property(b => b.CoverMediaId).HasMaxLength(32);
            e.Property(b => b.Practices).HasConversion(JsonConverter<List<string>>(), ListComparer<string>());
            e.Property(b => b.Figures).HasConversion(JsonConverter<List<BrandFigure>>(), ListComparer<BrandFigure>());
            e.Property(b => b.Tags).HasConversion(JsonConverter<List<string>>(), ListComparer<string>());
            e.Property(b => b.Gallery).HasConversion(JsonConverter<List<string>>(), ListComparer<string>());
            // The list's order and its district filter run on these.
            e.HasIndex(b => new { b.IsFeatured, b.Code });
            e.HasIndex(b => new { b.DistrictCode, b.IsFeatured, b.Code });
            e.HasMany(b => b.TagRows).WithOne().HasForeignKey(t => t.PublishedBrandId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PublishedBrandTag>(e =>
        {
            e.ToTable("PublishedTags");
            e.HasKey(t => t.Id);
            e.Property(t => t.Tag).HasMaxLength(32);
            e.HasIndex(t => new { t.Tag, t.PublishedBrandId });
        });
        modelBuilder.Entity<BrandMedia>(e =>
        {
            e.ToTable("Media");
            e.HasKey(m => m.Id);
            e.Property(m => m.Id).HasMaxLength(32).ValueGeneratedNever();
            e.Property(m => m.SourceFormat).HasMaxLength(8);
            e.Property(m => m.Sha256).HasMaxLength(64);
            e.Property(m => m.UploadedBy).HasMaxLength(256);
        });
        modelBuilder.UseModuleNaming<BrandsDbContext>(Database);
    }

    private static void MapFields(EntityTypeBuilder<Brand> e)
    {
        e.Property(b => b.Title).HasMaxLength(200);
        e.Property(b => b.Slogan).HasMaxLength(200);
        e.Property(b => b.CommunityCode).HasMaxLength(64);
        e.Property(b => b.DistrictCode).HasMaxLength(64);
        e.Property(b => b.Summary).HasMaxLength(2000);
        e.Property(b => b.Contact).HasMaxLength(500);
        e.Property(b => b.CoverMediaId).HasMaxLength(32);
        e.Property(b => b.Practices).HasConversion(JsonConverter<List<string>>(), ListComparer<string>());
        e.Property(b => b.Figures).HasConversion(JsonConverter<List<BrandFigure>>(), ListComparer<BrandFigure>());
        e.Property(b => b.Tags).HasConversion(JsonConverter<List<string>>(), ListComparer<string>());
        e.Property(b => b.Gallery).HasConversion(JsonConverter<List<string>>(), ListComparer<string>());
    }

    // Lists are stored as JSON text on both providers, so that one model serves SQLite and PostgreSQL alike.
    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string> JsonConverter<T>() where T : new() =>
        new(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web), s => JsonSerializer.Deserialize<T>(s, JsonSerializerOptions.Web) ?? new T());

    private static ValueComparer<List<T>> ListComparer<T>() =>
        new((a, b) => a != null && b != null && a.SequenceEqual(b), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList());
}

public sealed class SqliteBrandsDbContext(DbContextOptions<SqliteBrandsDbContext> options) : BrandsDbContext(options);

public sealed class PostgresBrandsDbContext(DbContextOptions<PostgresBrandsDbContext> options) : BrandsDbContext(options);
