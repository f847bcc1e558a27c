using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Showcase.Abstractions.Data;
using Showcase.DemoSites.Models;

namespace Showcase.DemoSites.Data;

public abstract class DemoSitesDbContext(DbContextOptions options) : DbContext(options), IModuleDbContext
{
    public static string TablePrefix => "DemoSite";

    public static string Schema => "demosites";

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<DemoSite> Sites => Set<DemoSite>();

    public DbSet<SiteEditor> Editors => Set<SiteEditor>();

    public DbSet<SitePage> Pages => Set<SitePage>();

    public DbSet<PublishedSitePage> PublishedPages => Set<PublishedSitePage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Programme>(e =>
        {
            e.ToTable("Programmes");
            e.HasKey(p => p.Id);
            e.Property(p => p.Code).HasMaxLength(64);
            e.HasIndex(p => p.Code).IsUnique();
            e.Property(p => p.Title).HasMaxLength(200);
            e.Property(p => p.Summary).HasMaxLength(2000);
            e.Property(p => p.Kinds).HasConversion(JsonConverter<List<ProgrammeKind>>(), ListComparer<ProgrammeKind>());
        });
        modelBuilder.Entity<DemoSite>(e =>
        {
            e.ToTable("Sites");
            e.HasKey(s => s.Id);
            e.Property(s => s.Slug).HasMaxLength(64);
            e.HasIndex(s => s.Slug).IsUnique();
            e.HasOne<Programme>().WithMany().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
            e.Property(s => s.Title).HasMaxLength(200);
            e.Property(s => s.Kind).HasMaxLength(32);
            e.Property(s => s.UnitCode).HasMaxLength(64);
            e.Property(s => s.DistrictCode).HasMaxLength(64);
            e.Property(s => s.Theme).HasMaxLength(128);
            e.Property(s => s.Summary).HasMaxLength(2000);
            e.Property(s => s.CoverUrl).HasMaxLength(500);
            e.Property(s => s.Contact).HasMaxLength(500);
            e.Property(s => s.Template).HasMaxLength(64);
            e.Property(s => s.UpdatedBy).HasMaxLength(256);
            e.Property(s => s.FeaturedBrands).HasConversion(JsonConverter<List<string>>(), ListComparer<string>());
            e.HasIndex(s => new { s.IsPublished, s.ProgrammeId, s.Kind, s.DistrictCode });
        });
        modelBuilder.Entity<SiteEditor>(e =>
        {
            e.ToTable("Editors");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.HasOne<DemoSite>().WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.SiteId, x.UserName }).IsUnique();
            e.HasIndex(x => x.UserName);
        });
        modelBuilder.Entity<SitePage>(e =>
        {
            e.ToTable("Pages");
            e.HasKey(p => p.Id);
            e.Property(p => p.Code).HasMaxLength(64);
            e.HasIndex(p => p.Code).IsUnique();
            e.Property(p => p.SiteSlug).HasMaxLength(64);
            e.Property(p => p.PageSlug).HasMaxLength(64);
            e.HasIndex(p => p.SiteSlug);
            e.ComplexProperty(p => p.Content, MapContent);
            e.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
            e.Property(p => p.ReviewComment).HasMaxLength(2000);
            e.Property(p => p.UpdatedBy).HasMaxLength(256);
            e.Ignore(p => p.Ref);
            e.Ignore(p => p.Status);
        });
        modelBuilder.Entity<PublishedSitePage>(e =>
        {
            e.ToTable("PublishedPages");
            e.HasKey(p => p.Id);
            e.Property(p => p.Code).HasMaxLength(64);
            e.HasIndex(p => p.Code).IsUnique();
            e.Property(p => p.SiteSlug).HasMaxLength(64);
            e.Property(p => p.PageSlug).HasMaxLength(64);
            e.HasIndex(p => new { p.SiteSlug, p.PageSlug });
            e.ComplexProperty(p => p.Content, MapContent);
        });
        modelBuilder.UseModuleNaming<DemoSitesDbContext>(Database);
    }

    /// <summary>The content's columns, the same in the working copy's table and the public copy's, named as its fields.</summary>
    private static void MapContent(ComplexPropertyBuilder<SitePageContent> content)
    {
        content.Property(c => c.Title).HasMaxLength(200);
        foreach (var property in content.Metadata.ComplexType.GetProperties())
        {
            property.SetColumnName(property.Name);
        }
    }

    // Lists are stored as JSON text on both providers, as the brands module does.
    private static ValueConverter<T, string> JsonConverter<T>() where T : new() =>
        new(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web), s => JsonSerializer.Deserialize<T>(s, JsonSerializerOptions.Web) ?? new T());

    private static ValueComparer<List<T>> ListComparer<T>() =>
        new((a, b) => a != null && b != null && a.SequenceEqual(b), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList());
}

public sealed class SqliteDemoSitesDbContext(DbContextOptions<SqliteDemoSitesDbContext> options) : DemoSitesDbContext(options);

public sealed class PostgresDemoSitesDbContext(DbContextOptions<PostgresDemoSitesDbContext> options) : DemoSitesDbContext(options);
