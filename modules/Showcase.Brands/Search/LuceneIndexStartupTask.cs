using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Hosting;

namespace Showcase.Brands.Search;

/// <summary>
/// Rebuilds a <see cref="LuceneIndex"/> at start when it does not hold as many documents as it should: a new data
/// folder, a restored backup or an index that was deleted.
/// </summary>
/// <remarks>
/// Without an index on disk (a new data folder) the check and rebuild happen before the site serves, so that search
/// works from the first request. With one, the comparison (a count query and opening the index, which loads Lucene and
/// the Chinese analyser) runs once the host has answered its first request (<see cref="IBackgroundStartGate"/>), off the
/// path to the first page: an index that fell behind is fixed a moment after start instead of delaying every restart.
/// The brands' and the demo sites' tasks derive from it.
/// </remarks>
public abstract class LuceneIndexStartupTask(
    IServiceProvider services,
    IServiceScopeFactory scopes,
    ILogger logger,
    IHostApplicationLifetime? lifetime) : IStartupTask
{
    /// <summary>After the default recipe.</summary>
    public int Order => 1000;

    protected ILogger Logger => logger;

    /// <summary>Where the index lives, to know without opening it whether there is one.</summary>
    protected abstract string IndexPath { get; }

    /// <summary>What the log calls the index when a check after start fails.</summary>
    protected abstract string IndexName { get; }

    /// <summary>Compares the index with what it should hold, and rebuilds it when they differ.</summary>
    protected abstract Task CheckAsync(IServiceProvider provider, CancellationToken cancellationToken);

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        if (lifetime is null || !LuceneIndex.ExistsAt(IndexPath))
        {
            await CheckAsync(services, cancellationToken);
            return;
        }

        // Resolved now: the start's scope is gone when the check runs.
        var gate = services.GetService<IBackgroundStartGate>();
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            try
            {
                if (gate is not null)
                {
                    await gate.WaitAsync(lifetime.ApplicationStopping);
                }

                await using var scope = scopes.CreateAsyncScope();
                await CheckAsync(scope.ServiceProvider, lifetime.ApplicationStopping);
            }
            catch (OperationCanceledException)
            {
                // stopping
            }
            catch (Exception e)
            {
                logger.LogError(e, "The {Index} check after start failed; it is rebuilt at the next start, or with `search rebuild`", IndexName);
            }
        }));
    }
}
