using Microsoft.EntityFrameworkCore.Design;
using Showcase.Core.Data;
using Showcase.Core.Hosting;

namespace Showcase.Evaluations.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEvaluationsDbContext>
{
    public SqliteEvaluationsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseServiceCollectionExtensions.DesignTimeOptions<SqliteEvaluationsDbContext, EvaluationsDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresEvaluationsDbContext>
{
    public PostgresEvaluationsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseServiceCollectionExtensions.DesignTimeOptions<PostgresEvaluationsDbContext, EvaluationsDbContext>(DatabaseProvider.Postgres));
}
