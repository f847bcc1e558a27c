using Microsoft.EntityFrameworkCore.Design;
using Showcase.Core.Data;
using Showcase.Core.Hosting;

namespace Showcase.Brands.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBrandsDbContext>
{
    public SqliteBrandsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseServiceCollectionExtensions.DesignTimeOptions<SqliteBrandsDbContext, BrandsDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBrandsDbContext>
{
    public PostgresBrandsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseServiceCollectionExtensions.DesignTimeOptions<PostgresBrandsDbContext, BrandsDbContext>(DatabaseProvider.Postgres));
}
