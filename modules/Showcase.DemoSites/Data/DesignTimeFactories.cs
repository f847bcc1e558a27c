using Microsoft.EntityFrameworkCore.Design;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;

namespace Showcase.DemoSites.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDemoSitesDbContext>
{
    public SqliteDemoSitesDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<SqliteDemoSitesDbContext, DemoSitesDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDemoSitesDbContext>
{
    public PostgresDemoSitesDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<PostgresDemoSitesDbContext, DemoSitesDbContext>(DatabaseProvider.Postgres));
}
