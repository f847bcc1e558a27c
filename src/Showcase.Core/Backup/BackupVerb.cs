using Microsoft.Extensions.Options;
using Showcase.Abstractions.Cli;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Cli;
using Showcase.Core.Hosting;

namespace Showcase.Core.Backup;

/// <summary><c>backup &lt;file&gt;</c>: an online copy of the SQLite database, safe while the site runs.</summary>
internal sealed class BackupVerb(IOptions<ShowcaseOptions> options) : ICommandVerb
{
    public string Name => "backup";

    public string Usage => "<file> — copy the SQLite database to a backup file (PostgreSQL: use pg_dump)";

    public async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Count != 1)
        {
            throw new VerbUsageException("backup takes one argument: the backup file to write.");
        }

        if (options.Value.Database.Provider == DatabaseProvider.Postgres)
        {
            await context.Error.WriteLineAsync(LiveDatabase.PostgresAdvice);
            return 1;
        }

        var target = Path.GetFullPath(context.Arguments[0]);
        var live = LiveDatabase.SqlitePath(options.Value);
        try
        {
            SqliteBackup.Create(live, target);
        }
        catch (BackupException e)
        {
            await context.Error.WriteLineAsync($"backup: {e.Message}");
            return 1;
        }

        await context.Output.WriteLineAsync($"backed up {live} to {target} ({new FileInfo(target).Length:N0} bytes)");
        return 0;
    }
}
