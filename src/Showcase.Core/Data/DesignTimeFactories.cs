using Microsoft.EntityFrameworkCore.Design;
using Showcase.Core.Hosting;

namespace Showcase.Core.Data;

internal sealed class SqliteCoreDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCoreDbContext>
{
    public SqliteCoreDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseServiceCollectionExtensions.DesignTimeOptions<SqliteCoreDbContext, CoreDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresCoreDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCoreDbContext>
{
    public PostgresCoreDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseServiceCollectionExtensions.DesignTimeOptions<PostgresCoreDbContext, CoreDbContext>(DatabaseProvider.Postgres));
}
