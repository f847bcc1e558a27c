using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;

namespace Showcase.Brands.Search;

/// <summary>The searchable text of one published brand.</summary>
public sealed record BrandSearchDocument(
    string Code, string Title, string Slogan, string Summary, string Body,
    IReadOnlyList<string> Practices, IReadOnlyList<string> Tags, string Place, string DistrictCode);

/// <summary>One hit: the brand's code and how well it matched.</summary>
public sealed record BrandSearchHit(string Code, float Score);

public sealed record BrandSearchResult(IReadOnlyList<BrandSearchHit> Hits, int Total);

/// <summary>
/// The full-text index of published brands, under <c>{DataDir}/search/brands</c> (see <see cref="LuceneIndex"/>). A title
/// match weighs most, then tags, slogan and summary, then practices and the body.
/// </summary>
public sealed class BrandSearchIndex : LuceneIndex
{
    private static readonly Dictionary<string, float> Boosts = new()
    {
        ["title"] = 6f,
        ["tags"] = 4f,
        ["slogan"] = 3f,
        ["summary"] = 2f,
        ["practices"] = 1.5f,
        ["place"] = 1.5f,
        ["body"] = 1f,
    };

    public BrandSearchIndex(IOptions<ShowcaseOptions> options)
        : this(PathFor(options.Value))
    {
    }

    public BrandSearchIndex(string path)
        : base(path)
    {
    }

    /// <summary>The index folder of a data folder.</summary>
    public static string PathFor(ShowcaseOptions options) => Path.Combine(Path.GetFullPath(options.DataDir), "search", "brands");

    public Task UpsertAsync(BrandSearchDocument document, CancellationToken cancellationToken = default) =>
        UpdateAsync([document], [], cancellationToken);

    public Task RemoveAsync(string code, CancellationToken cancellationToken = default) =>
        UpdateAsync([], [code], cancellationToken);

    /// <summary>Adds or replaces <paramref name="documents"/> and removes <paramref name="removedCodes"/>, in one commit.</summary>
    public Task UpdateAsync(IReadOnlyCollection<BrandSearchDocument> documents, IReadOnlyCollection<string> removedCodes, CancellationToken cancellationToken = default) =>
        UpdateAsync(documents.Select(d => (d.Code, ToDocument(d))), removedCodes, cancellationToken);

    /// <summary>Replaces the whole index with <paramref name="documents"/>.</summary>
    public Task RebuildAsync(IEnumerable<BrandSearchDocument> documents, CancellationToken cancellationToken = default) =>
        RebuildAsync(documents.Select(ToDocument), cancellationToken);

    /// <summary>Finds brands matching the words of <paramref name="text"/>, best first.</summary>
    /// <param name="districtCode">Only brands of this district, when given.</param>
    public BrandSearchResult Search(string text, int skip, int take, string? districtCode = null)
    {
        var none = new BrandSearchResult([], 0);
        if (string.IsNullOrWhiteSpace(text) || ParseWords(text, Boosts) is not { } words)
        {
            return none;
        }

        var query = string.IsNullOrEmpty(districtCode)
            ? words
            : new BooleanQuery
            {
                { words, Occur.MUST },
                { new TermQuery(new Term("district", districtCode)), Occur.MUST },
            };
        return Read(
            reader =>
            {
                var searcher = new IndexSearcher(reader);
                var top = searcher.Search(query, Math.Max(1, skip + take));
                var hits = top.ScoreDocs.Skip(skip).Take(take)
                    .Select(d => new BrandSearchHit(searcher.Doc(d.Doc).Get("code"), d.Score))
                    .ToList();
                return new BrandSearchResult(hits, top.TotalHits);
            },
            none);
    }

    private static Document ToDocument(BrandSearchDocument d) =>
    [
        new StringField("code", d.Code, Field.Store.YES),
        new StringField("district", d.DistrictCode, Field.Store.NO),
        new TextField("title", d.Title, Field.Store.NO),
        new TextField("slogan", d.Slogan, Field.Store.NO),
        new TextField("summary", d.Summary, Field.Store.NO),
        new TextField("body", d.Body, Field.Store.NO),
        new TextField("practices", string.Join('\n', d.Practices), Field.Store.NO),
        new TextField("tags", string.Join('\n', d.Tags), Field.Store.NO),
        new TextField("place", d.Place, Field.Store.NO),
    ];
}
