using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Modules;
using Showcase.Core.Settings;

namespace Showcase.Core.Data;

/// <summary>
/// EF Core's first use, made on a thread-pool thread while the main thread builds the host, when the second core has
/// little else to do. A start's first context, model and query otherwise pay for it on the way to the first page: EF
/// Core's internal services (about 60 ms), the core model's run-time initialisation (about 80 ms) and the query
/// pipeline's code (about 140 ms), in the startup tasks' resolution, the roles check and the data-protection keys.
/// Then, once the modules are known, the queries of their parts of the home page (<see cref="ModuleStartup.WarmUpQueries"/>).
/// </summary>
/// <remarks>
/// It uses contexts of its own (<see cref="QueryWarmUp"/>) on an in-memory SQLite database without tables: one query is
/// only translated, and the site settings' query, which every page's first request runs, is compiled and its command
/// answered empty. What it leaves behind: code compiled and types loaded, the compiled models initialised (the same
/// instances every host's contexts use), the queries in the cache every context shares, and EF Core's SQLite services
/// with what it resolved in them, which the host about to start takes over. A failure here changes nothing: the start
/// meets the same work again and reports it there.
/// </remarks>
public static class EntityFrameworkWarmUp
{
    /// <summary>
    /// Starts the warm-up on a thread-pool thread; on one processor it would only take turns with the start, and does
    /// nothing. Its result is the warm-up's contexts' source, for <see cref="ThenModules"/>.
    /// </summary>
    public static Task<QueryWarmUp?> RunAsync() => Environment.ProcessorCount < 2 ? Task.FromResult<QueryWarmUp?>(null) : Task.Run(static () =>
    {
        QueryWarmUp? warmUp = null;
        Quietly(() => WarmUp(warmUp = new QueryWarmUp()));
        return warmUp;
    });

    /// <summary>
    /// After <paramref name="coreWarmUp"/>, on its contexts' source (so on the same EF Core services, also if the host
    /// has taken them meanwhile), the modules' queries, module by module.
    /// </summary>
    public static Task ThenModules(this Task<QueryWarmUp?> coreWarmUp, IEnumerable<ModuleStartup> modules) => coreWarmUp.ContinueWith(
        done =>
        {
            if (done.Result is not { } warmUp)
            {
                return;
            }

            foreach (var module in modules)
            {
                Quietly(() => module.WarmUpQueries(warmUp));
            }
        },
        CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

    /// <summary>The core's warm-up itself, on the calling thread.</summary>
    internal static void WarmUp(QueryWarmUp? warmUp = null)
    {
        using var context = (warmUp ?? new QueryWarmUp()).Context<CoreDbContext, SqliteCoreDbContext>(o => new SqliteCoreDbContext(o));
        _ = context.DataProtectionKeys.AsNoTracking().Where(k => k.FriendlyName != null).OrderBy(k => k.Id).Select(k => new { k.Id, k.Xml }).ToQueryString();

        // The query every page's first request runs for the site settings: compiled here into EF Core's query cache, which
        // the host's contexts share (the services are the ones the host takes over), and its command answered empty.
        _ = SiteSettingsStore.ReadAsync(context, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static void Quietly(Action warmUp)
    {
        try
        {
            warmUp();
        }
        catch (Exception)
        {
            // Nothing to report: see the remarks.
        }
    }
}
