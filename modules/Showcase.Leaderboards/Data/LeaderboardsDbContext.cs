using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Leaderboards.Models;

namespace Showcase.Leaderboards.Data;

/// <summary>The module's own table: only the page-token key. Leaderboards themselves live in memory.</summary>
public abstract class LeaderboardsDbContext(DbContextOptions options) : DbContext(options), IModuleDbContext
{
    public static string TablePrefix => "Lb";

    public static string Schema => "lb";

    public DbSet<PageTokenKey> TokenKeys => Set<PageTokenKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PageTokenKey>(e =>
        {
            e.ToTable("TokenKeys");
            e.HasKey(k => k.Id);
            e.Property(k => k.Id).ValueGeneratedNever();
            e.Property(k => k.Key).HasMaxLength(64);
        });
        modelBuilder.UseModuleNaming<LeaderboardsDbContext>(Database);
    }
}

public sealed class SqliteLeaderboardsDbContext(DbContextOptions<SqliteLeaderboardsDbContext> options) : LeaderboardsDbContext(options);

public sealed class PostgresLeaderboardsDbContext(DbContextOptions<PostgresLeaderboardsDbContext> options) : LeaderboardsDbContext(options);
