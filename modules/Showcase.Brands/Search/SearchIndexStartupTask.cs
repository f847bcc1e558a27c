using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;
using Showcase.Brands.Services;

namespace Showcase.Brands.Search;

/// <summary>
/// Rebuilds the search index at start when it does not hold as many brands as are published: a new
/// data folder, a restored backup or an index that was deleted.
/// </summary>
/// <remarks>
/// Without an index on disk (a new data folder) the rebuild happens before the site serves, so that search
/// works from the first request. With one, the comparison — a count query and opening the index, which loads
/// Lucene and the Chinese analyser — runs once the host has started, off the path to the first page: an index
/// that fell behind (a restored backup) is fixed a moment after start instead of delaying every restart.
/// </remarks>
public sealed class SearchIndexStartupTask(
    IServiceProvider services,
    IServiceScopeFactory scopes,
    IOptions<ShowcaseOptions> options,
    ILogger<SearchIndexStartupTask> logger,
    IHostApplicationLifetime? lifetime = null) : IStartupTask
{
    /// <summary>After the default recipe.</summary>
    public int Order => 1000;

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        if (lifetime is null || !BrandSearchIndex.ExistsAt(BrandSearchIndex.PathFor(options.Value)))
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
                logger.LogError(e, "The search index check after start failed; `search rebuild` rebuilds it");
            }
        }));
    }

    private async Task CheckAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        var published = await provider.GetRequiredService<BrandCatalog>().CountAsync(cancellationToken);
        if (provider.GetRequiredService<BrandSearchIndex>().Count != published)
        {
            var count = await provider.GetRequiredService<BrandSearchIndexer>().RebuildAsync(cancellationToken);
            logger.LogInformation("Rebuilt the brand search index: {Count} brands", count);
        }
    }
}
