using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Showcase.Abstractions.Data;
using Showcase.Core.Settings;

namespace Showcase.Core.Data;

/// <summary>
/// EF Core's first use, made on a thread-pool thread while the main thread builds the host, when the second core has
/// little else to do. A start's first context, model and query otherwise pay for it on the way to the first page: EF
/// Core's internal services (about 60 ms), the core model's run-time initialisation (about 80 ms) and the query
/// pipeline's code (about 140 ms), in the startup tasks' resolution, the roles check and the data-protection keys.
/// </summary>
/// <remarks>
/// It uses a context of its own on an in-memory SQLite database without tables: one query is only translated, and the
/// site settings' query, which every page's first request runs, is compiled and its command answered empty. What it
/// leaves behind: code compiled and types loaded, the compiled core model initialised (the same instance every host's
/// contexts use), and EF Core's SQLite services with what it resolved and compiled in them, which the host about to
/// start takes over (<see cref="ModuleDbContextServiceCollectionExtensions.WarmUpOptions{TContext, TSqlite}"/>). A
/// failure here changes nothing: the start meets the same work again and reports it there.
/// </remarks>
public static class EntityFrameworkWarmUp
{
    /// <summary>Starts the warm-up on a thread-pool thread; on one processor it would only take turns with the start, and does nothing.</summary>
    public static Task RunAsync() => Environment.ProcessorCount < 2 ? Task.CompletedTask : Task.Run(static () =>
    {
        try
        {
            WarmUp();
        }
        catch (Exception)
        {
            // Nothing to report: see the remarks.
        }
    });

    /// <summary>The warm-up itself, on the calling thread.</summary>
    internal static void WarmUp()
    {
        var options = (DbContextOptions<SqliteCoreDbContext>)new DbContextOptionsBuilder<SqliteCoreDbContext>(
            ModuleDbContextServiceCollectionExtensions.WarmUpOptions<CoreDbContext, SqliteCoreDbContext>()).AddInterceptors(AnsweredEmpty.Instance).Options;
        using var context = new SqliteCoreDbContext(options);
        _ = context.DataProtectionKeys.AsNoTracking().Where(k => k.FriendlyName != null).OrderBy(k => k.Id).Select(k => new { k.Id, k.Xml }).ToQueryString();

        // The query every page's first request runs for the site settings: compiled here into EF Core's query cache, which
        // the host's contexts share (the services are the ones the host takes over), and its command answered empty.
        _ = SiteSettingsStore.ReadAsync(context, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Answers every command with no rows, without sending it: the warm-up's database has no tables.</summary>
    private sealed class AnsweredEmpty : DbCommandInterceptor
    {
        public static readonly AnsweredEmpty Instance = new();

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            InterceptionResult<DbDataReader>.SuppressWithResult(new DataTable().CreateDataReader());

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ReaderExecuting(command, eventData, result));
    }
}
