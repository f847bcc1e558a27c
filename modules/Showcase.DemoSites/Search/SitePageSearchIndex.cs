using Lucene.Net.Documents;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;
using Showcase.Brands.Search;

namespace Showcase.DemoSites.Search;

/// <summary>The searchable text of one published page of a published site.</summary>
public sealed record SitePageSearchDocument(string Code, string SiteSlug, string Title, string Body, string SiteTitle, string Place);

/// <summary>One hit: the page's content code and how well it matched.</summary>
public sealed record SitePageSearchHit(string Code, float Score);

/// <summary>
/// The full-text index of the demo sites' published pages, under <c>{DataDir}/search/sites</c> (see
/// <see cref="LuceneIndex"/>; its own folder, so that each module rebuilds its own). A page title weighs most, then
/// the site's title and place, then the body.
/// </summary>
public sealed class SitePageSearchIndex : LuceneIndex
{
    private static readonly Dictionary<string, float> Boosts = new()
    {
        ["title"] = 5f,
        ["site"] = 2f,
        ["place"] = 1.5f,
        ["body"] = 1f,
    };

    public SitePageSearchIndex(IOptions<ShowcaseOptions> options)
        : this(PathFor(options.Value))
    {
    }

    public SitePageSearchIndex(string path)
        : base(path)
    {
    }

    /// <summary>The index folder of a data folder.</summary>
    public static string PathFor(ShowcaseOptions options) => Path.Combine(Path.GetFullPath(options.DataDir), "search", "sites");

    /// <summary>Adds or replaces <paramref name="documents"/> and removes <paramref name="removedCodes"/>, in one commit.</summary>
    public Task UpdateAsync(IReadOnlyCollection<SitePageSearchDocument> documents, IReadOnlyCollection<string> removedCodes, CancellationToken cancellationToken = default) =>
        UpdateAsync(documents.Select(d => (d.Code, ToDocument(d))), removedCodes, cancellationToken);

    /// <summary>Replaces the whole index with <paramref name="documents"/>.</summary>
    public Task RebuildAsync(IEnumerable<SitePageSearchDocument> documents, CancellationToken cancellationToken = default) =>
        RebuildAsync(documents.Select(ToDocument), cancellationToken);

    /// <summary>Pages matching the words of <paramref name="text"/>, best first, at most <paramref name="take"/>.</summary>
    public IReadOnlyList<SitePageSearchHit> Search(string text, int take)
    {
        if (string.IsNullOrWhiteSpace(text) || ParseWords(text, Boosts) is not { } query)
        {
            return [];
        }

        return Read(
            reader =>
            {
                var searcher = new IndexSearcher(reader);
                return (IReadOnlyList<SitePageSearchHit>)[.. searcher.Search(query, Math.Max(1, take)).ScoreDocs
                    .Select(d => new SitePageSearchHit(searcher.Doc(d.Doc).Get("code"), d.Score))];
            },
            []);
    }

    private static Document ToDocument(SitePageSearchDocument d) =>
    [
        new StringField("code", d.Code, Field.Store.YES),
        new StringField("siteSlug", d.SiteSlug, Field.Store.NO),
        new TextField("title", d.Title, Field.Store.NO),
        new TextField("site", d.SiteTitle, Field.Store.NO),
        new TextField("place", d.Place, Field.Store.NO),
        new TextField("body", d.Body, Field.Store.NO),
    ];
}
