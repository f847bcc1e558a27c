using Showcase.Abstractions.Sitemap;

namespace Showcase.Evaluations.Notice;

/// <summary>The sitemap's rounds: the list of published rounds and each published round's results.</summary>
internal sealed class RoundsSitemapSource(PublicNoticeReader reader) : ISitemapSource
{
    public async Task<IReadOnlyList<SitemapEntry>> GetEntriesAsync(CancellationToken cancellationToken)
    {
        var published = (await reader.ListAsync(cancellationToken)).Where(r => r.IsPublished).ToList();
        return
        [
            new SitemapEntry("/rounds", published.Max(r => r.PublishedUtc)),
            .. published.Select(r => new SitemapEntry($"/rounds/{Uri.EscapeDataString(r.Code)}/results", r.PublishedUtc)),
        ];
    }
}
