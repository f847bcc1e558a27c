using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Showcase.Brands.Search;

/// <summary>
/// A module's full-text index in a folder of its own, with Lucene's SmartCn analyzer for Chinese words. Documents are
/// keyed by a stored <c>code</c> field. The writer is opened only for the moment of a change (waiting a little while
/// another process, the <c>search rebuild</c> verb, holds it); searches share the newest reader by reference count.
/// The brands' index and the demo sites' derive from it and say how their documents are written and searched.
/// </summary>
public abstract class LuceneIndex : IDisposable
{
    protected const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly System.Threading.Lock _readerLock = new();
    private readonly Analyzer _analyzer = new SmartChineseAnalyzer(Version);
    private readonly LuceneDirectory _directory;
    private DirectoryReader? _reader;

    protected LuceneIndex(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
    }

    /// <summary>Whether an index was ever committed at <paramref name="path"/>, without opening it (Lucene's segments file).</summary>
    public static bool ExistsAt(string path) =>
        System.IO.Directory.Exists(path) && System.IO.Directory.EnumerateFiles(path, "segments_*").Any();

    public int Count => Read(reader => reader.NumDocs, 0);

    /// <summary>Adds or replaces <paramref name="documents"/> (by their <c>code</c>) and removes <paramref name="removedCodes"/>, in one commit.</summary>
    protected Task UpdateAsync(IEnumerable<(string Code, Document Document)> documents, IReadOnlyCollection<string> removedCodes, CancellationToken cancellationToken) =>
        WriteAsync(writer =>
        {
            foreach (var (code, document) in documents)
            {
                writer.UpdateDocument(new Term("code", code), document);
            }

            foreach (var code in removedCodes)
            {
                writer.DeleteDocuments(new Term("code", code));
            }
        }, cancellationToken);

    /// <summary>Replaces the whole index with <paramref name="documents"/>.</summary>
    protected Task RebuildAsync(IEnumerable<Document> documents, CancellationToken cancellationToken) =>
        WriteAsync(writer =>
        {
            writer.DeleteAll();
            foreach (var document in documents)
            {
                writer.AddDocument(document);
            }
        }, cancellationToken);

    /// <summary>
    /// The visitor's words as a query over the boosted fields (any word may match); null when nothing searchable is
    /// left. The words are escaped: they are words, never query syntax.
    /// </summary>
    protected Query? ParseWords(string text, IDictionary<string, float> boosts)
    {
        var parser = new MultiFieldQueryParser(Version, [.. boosts.Keys], _analyzer, boosts) { DefaultOperator = Operator.OR };
        try
        {
            return parser.Parse(QueryParserBase.Escape(text.Trim()));
        }
        catch (ParseException)
        {
            return null;
        }
    }

    /// <summary>Runs <paramref name="search"/> on the newest reader; <paramref name="none"/> when no index was committed yet.</summary>
    protected T Read<T>(Func<DirectoryReader, T> search, T none)
    {
        if (AcquireReader() is not { } reader)
        {
            return none;
        }

        try
        {
            return search(reader);
        }
        finally
        {
            reader.DecRef();
        }
    }

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
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

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
