using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;
using Showcase.Brands.Services;

namespace Showcase.Brands.Search;

/// <summary>Rebuilds the brand search index at start when it does not hold as many brands as are published (see <see cref="LuceneIndexStartupTask"/>).</summary>
public sealed class SearchIndexStartupTask(
    IServiceProvider services,
    IServiceScopeFactory scopes,
    IOptions<ShowcaseOptions> options,
    ILogger<SearchIndexStartupTask> logger,
    IHostApplicationLifetime? lifetime = null) : LuceneIndexStartupTask(services, scopes, logger, lifetime)
{
    protected override string IndexPath => BrandSearchIndex.PathFor(options.Value);

    protected override string IndexName => "brand search index";

    protected override async Task CheckAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        var published = await provider.GetRequiredService<BrandCatalog>().CountAsync(cancellationToken);
        if (provider.GetRequiredService<BrandSearchIndex>().Count != published)
        {
            var count = await provider.GetRequiredService<BrandSearchIndexer>().RebuildAsync(cancellationToken);
            Logger.LogInformation("Rebuilt the brand search index: {Count} brands", count);
        }
    }
}
