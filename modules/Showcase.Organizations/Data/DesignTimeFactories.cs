using Microsoft.EntityFrameworkCore.Design;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;

namespace Showcase.Organizations.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOrganizationsDbContext>
{
    public SqliteOrganizationsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<SqliteOrganizationsDbContext, OrganizationsDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOrganizationsDbContext>
{
    public PostgresOrganizationsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<PostgresOrganizationsDbContext, OrganizationsDbContext>(DatabaseProvider.Postgres));
}
