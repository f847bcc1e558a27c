using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Modules;
using Showcase.Core.Hosting;

namespace Showcase.Core.Data;

/// <summary>Applies every module's EF Core migrations, the core's first, then in module order.</summary>
public sealed class DatabaseMigrator(
    IServiceProvider services,
    IEnumerable<ModuleDatabase> databases,
    ModuleCatalog catalog,
    DbSession session,
    ILogger<DatabaseMigrator> logger,
    StartupTimeline? timeline = null)
{
    /// <returns>true when the database was new (no core tables existed before).</returns>
    public async Task<bool> MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (session.Provider == DatabaseProvider.Sqlite)
        {
            await EnsureSqliteFileAsync(cancellationToken);
        }

        timeline?.Begin("database connection");

        var ordered = databases
            .OrderBy(d => d.ContextType == typeof(CoreDbContext) ? -1 : IndexOf(d.ContextType))
            .ToList();
        // Every context's history in one read, without EF Core: on a restart nothing is pending, and no model is built
        // here (a context's model is built when something first uses it, or by MigrateAsync when it has work to do).
        var applied = await MigrationHistory.ReadAppliedAsync(session.Connection, session.Provider, ordered, cancellationToken);
        timeline?.Mark("applied migrations of every context read");
        var isNew = applied[typeof(CoreDbContext)].Count == 0;
        foreach (var database in ordered)
        {
            var providerType = session.Provider == DatabaseProvider.Postgres ? database.PostgresType : database.SqliteType;
            var pending = MigrationHistory.Known(providerType).Where(m => !applied[database.ContextType].Contains(m)).ToList();
            if (pending.Count == 0)
            {
                continue;
            }

            var context = (DbContext)services.GetRequiredService(database.ContextType);
            logger.LogInformation("Migrating {Context}: {Migrations}", database.ContextType.Name, string.Join(", ", pending));
            await context.Database.MigrateAsync(cancellationToken);
            timeline?.Mark($"migrations of {database.ContextType.Name} ({pending.Count} applied)");
        }

        timeline?.Mark("every context's migrations checked");

        return isNew;
    }

    private int IndexOf(Type contextType)
    {
        for (var i = 0; i < catalog.Modules.Count; i++)
        {
            if (catalog.Modules[i].Assembly == contextType.Assembly)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private async Task EnsureSqliteFileAsync(CancellationToken cancellationToken)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(session.Connection.ConnectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        if (session.Connection.State != System.Data.ConnectionState.Open)
        {
            await session.Connection.OpenAsync(cancellationToken);
        }

        await using var command = session.Connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
