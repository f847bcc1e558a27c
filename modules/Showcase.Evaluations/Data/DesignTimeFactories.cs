using Microsoft.EntityFrameworkCore.Design;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;

namespace Showcase.Evaluations.Data;

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEvaluationsDbContext>
{
    public SqliteEvaluationsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<SqliteEvaluationsDbContext, EvaluationsDbContext>(DatabaseProvider.Sqlite));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresEvaluationsDbContext>
{
    public PostgresEvaluationsDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions<PostgresEvaluationsDbContext, EvaluationsDbContext>(DatabaseProvider.Postgres));
}
