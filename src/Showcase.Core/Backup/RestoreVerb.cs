using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Cli;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Cli;
using Showcase.Core.Data;
using Showcase.Core.Hosting;

namespace Showcase.Core.Backup;

/// <summary>
/// <c>restore &lt;file&gt;</c>: replaces the SQLite database with a Showcase backup. Anything that is not
/// one (not SQLite, another application's database, a backup from a newer Showcase) is refused with
/// the reason, and the live database is left untouched.
/// </summary>
internal sealed class RestoreVerb(IOptions<ShowcaseOptions> options, IEnumerable<ModuleDatabase> databases, IServiceProvider services) : ICommandVerb
{
    /// <summary>Tables that every Showcase database has had since its first migration.</summary>
    private static readonly string[] CoreTables = ["Core_AspNetUsers", "Core_AuditLog", "Core_ContentVersions", "Core_SiteSettings"];

    public string Name => "restore";

    public string Usage => "<file> — replace the SQLite database with a backup made by `backup` (PostgreSQL: use pg_restore)";

    public async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Count != 1)
        {
            throw new VerbUsageException("restore takes one argument: the backup file to restore.");
        }

        if (options.Value.Database.Provider == DatabaseProvider.Postgres)
        {
            await context.Error.WriteLineAsync(LiveDatabase.PostgresAdvice);
            return 1;
        }

        var file = Path.GetFullPath(context.Arguments[0]);
        var live = LiveDatabase.SqlitePath(options.Value);
        try
        {
            var pending = CheckIsShowcaseBackup(file, SqliteBackup.Inspect(file));
            SqliteBackup.Restore(file, live);
            await context.Output.WriteLineAsync($"restored {live} from {file}");
            if (pending > 0)
            {
                await context.Output.WriteLineAsync($"the backup is from an earlier version: {pending} migrations will be applied at the next start (or run `migrate`).");
            }

            await context.Output.WriteLineAsync("restart Showcase if it is running, so that it forgets what it cached.");
            return 0;
        }
        catch (BackupException e)
        {
            await context.Error.WriteLineAsync($"restore: {e.Message}");
            await context.Error.WriteLineAsync("nothing was changed.");
            return 1;
        }
    }

    /// <returns>how many migrations this version has that the backup has not applied yet.</returns>
    private int CheckIsShowcaseBackup(string file, BackupContents contents)
    {
        var coreHistory = $"__{CoreDbContext.TablePrefix}_Migrations";
        if (!contents.MigrationHistory.TryGetValue(coreHistory, out var coreApplied) || coreApplied.Count == 0)
        {
            throw new BackupException($"{file} is a SQLite database but not a Showcase backup: it has no {coreHistory} table with migrations.");
        }

        var missing = CoreTables.Where(t => !contents.Tables.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new BackupException($"{file} is not a complete Showcase backup: it lacks the tables {string.Join(", ", missing)}.");
        }

        var pending = 0;
        foreach (var database in databases)
        {
            var known = ((DbContext)services.GetRequiredService(database.SqliteType)).Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
            var applied = contents.MigrationHistory.GetValueOrDefault($"__{database.TablePrefix}_Migrations") ?? [];
            var unknown = applied.FirstOrDefault(m => !known.Contains(m));
            if (unknown is not null)
            {
                throw new BackupException($"{file} was made by a newer Showcase: it has migration {unknown} of {database.ContextType.Name}, which this version does not know.");
            }

            pending += known.Count(m => !applied.Contains(m));
        }

        return pending;
    }
}
