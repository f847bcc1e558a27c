using Microsoft.EntityFrameworkCore.Design;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Hosting;

namespace Showcase.Core.Data;

internal sealed class SqliteCoreDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCoreDbContext>
{
    public SqliteCoreDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<SqliteCoreDbContext, CoreDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresCoreDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCoreDbContext>
{
    public PostgresCoreDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<PostgresCoreDbContext, CoreDbContext>(DatabaseProvider.Postgres));
}
