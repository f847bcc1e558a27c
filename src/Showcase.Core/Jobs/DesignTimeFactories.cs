using Microsoft.EntityFrameworkCore.Design;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Data;
using Showcase.Core.Hosting;

namespace Showcase.Core.Jobs;

internal sealed class SqliteJobsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteJobsDbContext>
{
    public SqliteJobsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<SqliteJobsDbContext, JobsDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresJobsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresJobsDbContext>
{
    public PostgresJobsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<PostgresJobsDbContext, JobsDbContext>(DatabaseProvider.Postgres));
}
