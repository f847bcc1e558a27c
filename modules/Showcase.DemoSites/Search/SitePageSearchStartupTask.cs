using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;

namespace Showcase.DemoSites.Search;

/// <summary>Rebuilds the page index at start when it does not hold as many pages as are public: a new data folder, a restored backup, a deleted index.</summary>
/// <remarks>
/// As the brands' index does: without an index on disk the rebuild happens before the site serves, so that search
/// works from the first request; with one, the comparison (a count query and opening the index, which loads Lucene
/// and the Chinese analyser) runs once the host has started, off the path to the first page.
/// </remarks>
public sealed class SitePageSearchStartupTask(
    IServiceProvider services,
    IServiceScopeFactory scopes,
    IOptions<ShowcaseOptions> options,
    ILogger<SitePageSearchStartupTask> logger,
    IHostApplicationLifetime? lifetime = null) : IStartupTask
{
    /// <summary>After the default recipe.</summary>
    public int Order => 1000;

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        if (lifetime is null || !SitePageSearchIndex.ExistsAt(SitePageSearchIndex.PathFor(options.Value)))
        {
            await CheckAsync(services, cancellationToken);
            return;
        }

        lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await CheckAsync(scope.ServiceProvider, lifetime.ApplicationStopping);
            }
            catch (OperationCanceledException)
            {
                // stopping
            }
            catch (Exception e)
            {
                logger.LogError(e, "The demo-site page index check after start failed; it is rebuilt at the next start or change");
            }
        }));
    }

    private async Task CheckAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        var indexer = provider.GetRequiredService<SitePageSearchIndexer>();
        if (provider.GetRequiredService<SitePageSearchIndex>().Count != await indexer.ExpectedCountAsync(cancellationToken))
        {
            var count = await indexer.RebuildAsync(cancellationToken);
            logger.LogInformation("Rebuilt the demo-site page index: {Count} pages", count);
        }
    }
}
