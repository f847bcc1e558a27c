using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Cli;

namespace Showcase.Brands.Search;

/// <summary><c>search rebuild</c>: indexes every published brand again, from the database.</summary>
public sealed class SearchVerb : ICommandVerb
{
    public string Name => "search";

    public string Usage => "rebuild — rebuild the brand search index from the published brands";

    public async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments is not ["rebuild"])
        {
            throw new VerbUsageException($"expected 'rebuild', got '{string.Join(' ', context.Arguments)}'.");
        }

        var count = await context.Services.GetRequiredService<BrandSearchIndexer>().RebuildAsync(cancellationToken);
        await context.Output.WriteLineAsync($"search index rebuilt: {count} brands");
        return 0;
    }
}
