using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;

namespace Showcase.Core.Data;

/// <summary>
/// EF Core's first use, made on a thread-pool thread while the main thread builds the host, when the second core has
/// little else to do. A start's first context, model and query otherwise pay for it on the way to the first page: EF
/// Core's internal services (about 60 ms), the core model's run-time initialisation (about 80 ms) and the query
/// pipeline's code (about 140 ms), in the startup tasks' resolution, the roles check and the data-protection keys.
/// </summary>
/// <remarks>
/// It uses a context of its own on an in-memory SQLite connection it never opens: the query is compiled, not run. What
/// it leaves behind: code compiled and types loaded, the compiled core model initialised (the same instance every host's
/// contexts use), and EF Core's SQLite services with what it resolved in them, which the host about to start takes over
/// (<see cref="ModuleDbContextServiceCollectionExtensions.WarmUpOptions{TContext, TSqlite}"/>). A failure here changes
/// nothing: the start meets the same work again and reports it there.
/// </remarks>
public static class EntityFrameworkWarmUp
{
    /// <summary>Starts the warm-up on a thread-pool thread; on one processor it would only take turns with the start, and does nothing.</summary>
    public static Task RunAsync() => Environment.ProcessorCount < 2 ? Task.CompletedTask : Task.Run(static () =>
    {
        try
        {
            var options = ModuleDbContextServiceCollectionExtensions.WarmUpOptions<CoreDbContext, SqliteCoreDbContext>();
            using var context = new SqliteCoreDbContext(options);
            _ = context.DataProtectionKeys.AsNoTracking().Where(k => k.FriendlyName != null).OrderBy(k => k.Id).Select(k => new { k.Id, k.Xml }).ToQueryString();
        }
        catch (Exception)
        {
            // Nothing to report: see the remarks.
        }
    });
}
