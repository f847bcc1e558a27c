using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Organizations.Models;

namespace Showcase.Organizations.Data;

public abstract class OrganizationsDbContext(DbContextOptions options) : DbContext(options), IModuleDbContext
{
    public static string TablePrefix => "Org";

    public static string Schema => "org";

    public DbSet<OrganizationUnit> Units => Set<OrganizationUnit>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrganizationUnit>(e =>
        {
            e.ToTable("Units");
            e.HasKey(u => u.Id);
            e.Property(u => u.Code).HasMaxLength(64);
            e.Property(u => u.Name).HasMaxLength(200);
            e.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(u => u.ParentCode).HasMaxLength(64);
            e.HasIndex(u => u.Code).IsUnique();
            e.HasIndex(u => u.ParentCode);
        });
        modelBuilder.UseModuleNaming<OrganizationsDbContext>(Database);
    }
}

public sealed class SqliteOrganizationsDbContext(DbContextOptions<SqliteOrganizationsDbContext> options) : OrganizationsDbContext(options);

public sealed class PostgresOrganizationsDbContext(DbContextOptions<PostgresOrganizationsDbContext> options) : OrganizationsDbContext(options);
