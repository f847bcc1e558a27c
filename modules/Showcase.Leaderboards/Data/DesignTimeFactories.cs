using Microsoft.EntityFrameworkCore.Design;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;

namespace Showcase.Leaderboards.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLeaderboardsDbContext>
{
    public SqliteLeaderboardsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<SqliteLeaderboardsDbContext, LeaderboardsDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLeaderboardsDbContext>
{
    public PostgresLeaderboardsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<PostgresLeaderboardsDbContext, LeaderboardsDbContext>(DatabaseProvider.Postgres));
}
