using Microsoft.EntityFrameworkCore.Design;
using Showcase.Core.Data;
using Showcase.Core.Hosting;

namespace Showcase.Organizations.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOrganizationsDbContext>
{
    public SqliteOrganizationsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseServiceCollectionExtensions.DesignTimeOptions<SqliteOrganizationsDbContext, OrganizationsDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOrganizationsDbContext>
{
    public PostgresOrganizationsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseServiceCollectionExtensions.DesignTimeOptions<PostgresOrganizationsDbContext, OrganizationsDbContext>(DatabaseProvider.Postgres));
}
