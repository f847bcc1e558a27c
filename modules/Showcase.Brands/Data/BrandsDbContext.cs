using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
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
            e.ComplexProperty(b => b.Content, MapContent);
            e.Property(b => b.DistrictCode).HasMaxLength(64);
            e.Property(b => b.State).HasConversion<string>().HasMaxLength(16);
            e.Property(b => b.ReviewComment).HasMaxLength(2000);
            e.Property(b => b.UpdatedBy).HasMaxLength(256);
            e.HasIndex(b => b.DistrictCode);
            // (CommunityCode, State) stays indexed (the Initial migration made it, AsContentValue keeps it), and YearFounded is
            // indexed by the YearFoundedIndex migration, written by hand: EF Core 10 cannot declare an index over a complex
            // property's column (EF Core 11 can).
            e.Ignore(b => b.Ref);
            e.Ignore(b => b.Status);
        });
        modelBuilder.Entity<PublishedBrand>(e =>
        {
            e.ToTable("Published");
            e.HasKey(b => b.Id);
            e.Property(b => b.Code).HasMaxLength(64);
            e.HasIndex(b => b.Code).IsUnique();
            e.ComplexProperty(b => b.Content, MapContent);
            e.Property(b => b.DistrictCode).HasMaxLength(64);
            // The list's order (IsFeatured, Code) and its district filter (DistrictCode, IsFeatured, Code) are
            // indexed in the database the same way, for the reason above.
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

    /// <summary>The content's columns, the same in the working copy's table and the public copy's, named as its fields.</summary>
    private static void MapContent(ComplexPropertyBuilder<BrandContent> content)
    {
        content.Property(c => c.Title).HasMaxLength(200);
        content.Property(c => c.Slogan).HasMaxLength(200);
        content.Property(c => c.CommunityCode).HasMaxLength(64);
        content.Property(c => c.Summary).HasMaxLength(2000);
        content.Property(c => c.Contact).HasMaxLength(500);
        content.Property(c => c.CoverMediaId).HasMaxLength(32);
        content.Property(c => c.Practices).HasConversion(JsonConverter<List<string>>(), ListComparer<string>());
        content.Property(c => c.Figures).HasConversion(JsonConverter<List<BrandFigure>>(), ListComparer<BrandFigure>());
        content.Property(c => c.Tags).HasConversion(JsonConverter<List<string>>(), ListComparer<string>());
        content.Property(c => c.Gallery).HasConversion(JsonConverter<List<string>>(), ListComparer<string>());
        foreach (var property in content.Metadata.ComplexType.GetProperties())
        {
            property.SetColumnName(property.Name);
        }
    }

    // Lists are stored as JSON text on both providers, so that one model serves SQLite and PostgreSQL alike.
    private static ValueConverter<T, string> JsonConverter<T>() where T : new() =>
        new(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web), s => JsonSerializer.Deserialize<T>(s, JsonSerializerOptions.Web) ?? new T());

    private static ValueComparer<List<T>> ListComparer<T>() =>
        new((a, b) => a != null && b != null && a.SequenceEqual(b), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList());
}

public sealed class SqliteBrandsDbContext(DbContextOptions<SqliteBrandsDbContext> options) : BrandsDbContext(options);

public sealed class PostgresBrandsDbContext(DbContextOptions<PostgresBrandsDbContext> options) : BrandsDbContext(options);
