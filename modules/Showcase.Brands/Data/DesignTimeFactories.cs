using Microsoft.EntityFrameworkCore.Design;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;

namespace Showcase.Brands.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBrandsDbContext>
{
    public SqliteBrandsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<SqliteBrandsDbContext, BrandsDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBrandsDbContext>
{
    public PostgresBrandsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<PostgresBrandsDbContext, BrandsDbContext>(DatabaseProvider.Postgres));
}
