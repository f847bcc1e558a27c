using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Showcase.DemoSites.Search;

/// <summary>The searchable text of one published page of a published site.</summary>
public sealed record SitePageSearchDocument(string Code, string SiteSlug, string Title, string Body, string SiteTitle, string Place);

/// <summary>One hit: the page's content code and how well it matched.</summary>
public sealed record SitePageSearchHit(string Code, float Score);

/// <summary>
/// The full-text index of the demo sites' published pages, under <c>{DataDir}/search/sites</c>, with Lucene's
/// SmartCn analyzer for Chinese words, in the manner of the brands' index (its own folder, so that each module
/// rebuilds its own). A page title weighs most, then the site's title and place, then the body.
/// </summary>
public sealed class SitePageSearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Dictionary<string, float> Boosts = new()
    {
        ["title"] = 5f,
        ["site"] = 2f,
        ["place"] = 1.5f,
        ["body"] = 1f,
    };

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly System.Threading.Lock _readerLock = new();
    private readonly Analyzer _analyzer = new SmartChineseAnalyzer(Version);
    private readonly LuceneDirectory _directory;
    private DirectoryReader? _reader;

    public SitePageSearchIndex(IOptions<ShowcaseOptions> options)
        : this(PathFor(options.Value))
    {
    }

    /// <summary>The index folder of a data folder.</summary>
    public static string PathFor(ShowcaseOptions options) => Path.Combine(Path.GetFullPath(options.DataDir), "search", "sites");

    /// <summary>Whether an index was ever committed at <paramref name="path"/>, without opening it (Lucene's segments file).</summary>
    public static bool ExistsAt(string path) =>
        System.IO.Directory.Exists(path) && System.IO.Directory.EnumerateFiles(path, "segments_*").Any();

    public SitePageSearchIndex(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
    }

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

    /// <summary>Adds or replaces <paramref name="documents"/> and removes <paramref name="removedCodes"/>, in one commit.</summary>
    public Task UpdateAsync(IReadOnlyCollection<SitePageSearchDocument> documents, IReadOnlyCollection<string> removedCodes, CancellationToken cancellationToken = default) =>
        WriteAsync(writer =>
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
    public Task RebuildAsync(IEnumerable<SitePageSearchDocument> documents, CancellationToken cancellationToken = default) =>
        WriteAsync(writer =>
        {
            writer.DeleteAll();
            foreach (var document in documents)
            {
                writer.AddDocument(ToDocument(document));
            }
        }, cancellationToken);

    /// <summary>Pages matching the words of <paramref name="text"/>, best first, at most <paramref name="take"/>.</summary>
    public IReadOnlyList<SitePageSearchHit> Search(string text, int take)
    {
        if (string.IsNullOrWhiteSpace(text) || AcquireReader() is not { } reader)
        {
            return [];
        }

        try
        {
            var parser = new MultiFieldQueryParser(Version, [.. Boosts.Keys], _analyzer, Boosts) { DefaultOperator = Operator.OR };
            Query query;
            try
            {
                // The visitor's words are words, never query syntax.
                query = parser.Parse(QueryParserBase.Escape(text.Trim()));
            }
            catch (ParseException)
            {
                return [];
            }

            var searcher = new IndexSearcher(reader);
            return searcher.Search(query, Math.Max(1, take)).ScoreDocs
                .Select(d => new SitePageSearchHit(searcher.Doc(d.Doc).Get("code"), d.Score))
                .ToList();
        }
        finally
        {
            reader.DecRef();
        }
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

    private async Task WriteAsync(Action<IndexWriter> change, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            using var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
            change(writer);
            writer.Commit();
        }
        finally
        {
            _writeLock.Release();
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
