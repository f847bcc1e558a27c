namespace Showcase.Abstractions.Content;

/// <summary>A reference to a content item owned by a module: its type (e.g. <c>Brand</c>) and its id.</summary>
public readonly record struct ContentRef(string ContentType, string ContentId)
{
    public override string ToString() => $"{ContentType}/{ContentId}";
}

/// <summary>One stored version of a content item.</summary>
public sealed record ContentVersionInfo(
    ContentRef Item,
    int Number,
    ContentState State,
    string Author,
    DateTimeOffset CreatedUtc,
    string Comment,
    string SnapshotJson);

/// <summary>One changed field between two versions.</summary>
public sealed record ContentFieldChange(string Field, string? Before, string? After);

/// <summary>
/// The core's history of versions for typed content rows that modules own. Modules keep the
/// current row in their own tables and record every change here as a JSON snapshot.
/// </summary>
public interface IContentVersioning
{
    Task<ContentVersionInfo> RecordAsync(ContentRef item, ContentState state, object snapshot, string author, string comment, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentVersionInfo>> HistoryAsync(ContentRef item, CancellationToken cancellationToken = default);

    Task<ContentVersionInfo?> GetAsync(ContentRef item, int number, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentFieldChange>> DiffAsync(ContentRef item, int fromNumber, int toNumber, CancellationToken cancellationToken = default);
}

/// <summary>The append-only audit log: who did what, when.</summary>
public interface IAuditLog
{
    Task WriteAsync(string actor, string action, string target, string details = "", CancellationToken cancellationToken = default);
}
