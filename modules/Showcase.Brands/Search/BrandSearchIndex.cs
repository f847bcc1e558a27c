using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using LuceneDirectory = Lucene.Net.Store.Directory;
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
/// The full-text index of published brands, under <c>{DataDir}/search/brands</c>, with Lucene's SmartCn
/// analyzer for Chinese word segmentation. A title match weighs most, then tags, slogan and summary,
/// then practices and the body. The writer is opened only for the moment of a change, so that the
/// <c>search rebuild</c> verb can run beside a serving site.
/// </summary>
public sealed class BrandSearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

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

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly System.Threading.Lock _readerLock = new();
    private readonly Analyzer _analyzer = new SmartChineseAnalyzer(Version);
    private readonly LuceneDirectory _directory;
    private DirectoryReader? _reader;

    public BrandSearchIndex(IOptions<ShowcaseOptions> options)
        : this(PathFor(options.Value))
    {
    }

    /// <summary>The index folder of a data folder.</summary>
    public static string PathFor(ShowcaseOptions options) => Path.Combine(Path.GetFullPath(options.DataDir), "search", "brands");

    /// <summary>Whether an index was ever committed at <paramref name="path"/>, without opening it (Lucene's segments file).</summary>
    public static bool ExistsAt(string path) =>
        System.IO.Directory.Exists(path) && System.IO.Directory.EnumerateFiles(path, "segments_*").Any();

    public BrandSearchIndex(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
    }

    public Task UpsertAsync(BrandSearchDocument document, CancellationToken cancellationToken = default) =>
        UpdateAsync([document], [], cancellationToken);

    public Task RemoveAsync(string code, CancellationToken cancellationToken = default) =>
        UpdateAsync([], [code], cancellationToken);

    /// <summary>Adds or replaces <paramref name="documents"/> and removes <paramref name="removedCodes"/>, in one commit.</summary>
    public async Task UpdateAsync(IReadOnlyCollection<BrandSearchDocument> documents, IReadOnlyCollection<string> removedCodes, CancellationToken cancellationToken = default) =>
        await WriteAsync(writer =>
        {
            foreach (var document in documents)
            {
                writer.UpdateDocument(new Term("code", document.Code), ToDocument(document));
            }

            foreach (var code in removedCodes)
            {
                writer.DeleteDocuments(new Term("code", code));
            }
        }, cancellationToken);

    /// <summary>Replaces the whole index with <paramref name="documents"/>.</summary>
    public async Task RebuildAsync(IEnumerable<BrandSearchDocument> documents, CancellationToken cancellationToken = default) =>
        await WriteAsync(writer =>
        {
            writer.DeleteAll();
            foreach (var document in documents)
            {
                writer.AddDocument(ToDocument(document));
            }
        }, cancellationToken);

    public int Count
    {
        get
        {
            var reader = AcquireReader();
            if (reader is null)
            {
                return 0;
            }

            try
            {
                return reader.NumDocs;
            }
            finally
            {
                reader.DecRef();
            }
        }
    }

    /// <summary>Finds brands matching the words of <paramref name="text"/>, best first.</summary>
    /// <param name="districtCode">Only brands of this district, when given.</param>
    public BrandSearchResult Search(string text, int skip, int take, string? districtCode = null)
    {
        if (string.IsNullOrWhiteSpace(text) || AcquireReader() is not { } reader)
        {
            return new BrandSearchResult([], 0);
        }

        try
        {
            return Search(reader, text, skip, take, districtCode);
        }
        finally
        {
            reader.DecRef();
        }
    }

    private BrandSearchResult Search(DirectoryReader reader, string text, int skip, int take, string? districtCode)
    {

        var parser = new MultiFieldQueryParser(Version, [.. Boosts.Keys], _analyzer, Boosts)
        {
            DefaultOperator = Operator.OR,
        };
        Query query;
        try
        {
            // The visitor's words are words, never query syntax.
            query = parser.Parse(QueryParserBase.Escape(text.Trim()));
        }
        catch (ParseException)
        {
            return new BrandSearchResult([], 0);
        }

        if (!string.IsNullOrEmpty(districtCode))
        {
            query = new BooleanQuery
            {
                { query, Occur.MUST },
                { new TermQuery(new Term("district", districtCode)), Occur.MUST },
            };
        }

        var searcher = new IndexSearcher(reader);
        var top = searcher.Search(query, Math.Max(1, skip + take));
        var hits = top.ScoreDocs.Skip(skip).Take(take)
            .Select(d => new BrandSearchHit(searcher.Doc(d.Doc).Get("code"), d.Score))
            .ToList();
        return new BrandSearchResult(hits, top.TotalHits);
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

    private async Task WriteAsync(Action<IndexWriter> change, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            using var writer = await OpenWriterAsync(cancellationToken);
            change(writer);
            writer.Commit();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Opens the writer, waiting a little if another process (the rebuild verb) holds the lock.</summary>
    private async Task<IndexWriter> OpenWriterAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
            }
            catch (LockObtainFailedException) when (attempt < 50)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    /// <summary>The newest reader, with a reference the caller must give back with <c>DecRef</c>.</summary>
    private DirectoryReader? AcquireReader()
    {
        lock (_readerLock)
        {
            if (_reader is null)
            {
                if (!DirectoryReader.IndexExists(_directory))
                {
                    return null;
                }

                _reader = DirectoryReader.Open(_directory);
            }
            else if (DirectoryReader.OpenIfChanged(_reader) is { } newer)
            {
                // Searches still running on the old reader hold their own reference to it.
                _reader.DecRef();
                _reader = newer;
            }

            _reader.IncRef();
            return _reader;
        }
    }

    public void Dispose()
    {
        lock (_readerLock)
        {
            _reader?.Dispose();
            _reader = null;
        }

        _analyzer.Dispose();
        _directory.Dispose();
        _writeLock.Dispose();
    }
}
