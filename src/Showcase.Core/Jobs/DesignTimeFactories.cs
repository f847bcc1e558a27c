using Microsoft.EntityFrameworkCore.Design;
using Showcase.Core.Data;
using Showcase.Core.Hosting;

namespace Showcase.Core.Jobs;

internal sealed class SqliteJobsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteJobsDbContext>
{
    public SqliteJobsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseServiceCollectionExtensions.DesignTimeOptions<SqliteJobsDbContext, JobsDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresJobsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresJobsDbContext>
{
    public PostgresJobsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseServiceCollectionExtensions.DesignTimeOptions<PostgresJobsDbContext, JobsDbContext>(DatabaseProvider.Postgres));
}
