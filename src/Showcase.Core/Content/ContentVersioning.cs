using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Core.Data;

namespace Showcase.Core.Content;

/// <summary>
/// Keeps every version of a content item as a JSON snapshot in <c>Core_ContentVersions</c>, numbered
/// 1..n per item. Writes join the scope's transaction, so a version is stored only if the change it
/// records is. Two writers racing on one item collide on the unique (type, id, number) index and the
/// second fails rather than both getting the same number.
/// </summary>
internal sealed class ContentVersioning(CoreDbContext db, TimeProvider clock) : IContentVersioning
{
    public async Task<ContentVersionInfo> RecordAsync(ContentRef item, ContentState state, object snapshot, string author, string comment, CancellationToken cancellationToken = default)
    {
        var json = ContentSnapshot.Serialize(snapshot);
        var last = await Versions(item).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var version = new ContentVersion
        {
            ContentType = item.ContentType,
            ContentId = item.ContentId,
            Number = last + 1,
            State = state,
            Author = author,
            CreatedUtc = clock.GetUtcNow(),
            Comment = comment,
            SnapshotJson = json,
        };
        db.ContentVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        // Versions are never changed once written; keeping them tracked makes every later save of the
        // scope slower (a recipe records thousands).
        db.Entry(version).State = EntityState.Detached;
        return ToInfo(version);
    }

    public async Task<IReadOnlyList<ContentVersionInfo>> HistoryAsync(ContentRef item, CancellationToken cancellationToken = default)
    {
        var versions = await Versions(item).AsNoTracking().OrderBy(v => v.Number).ToListAsync(cancellationToken);
        return versions.Select(ToInfo).ToList();
    }

    public async Task<ContentVersionInfo?> GetAsync(ContentRef item, int number, CancellationToken cancellationToken = default)
    {
        var version = await Versions(item).AsNoTracking().SingleOrDefaultAsync(v => v.Number == number, cancellationToken);
        return version is null ? null : ToInfo(version);
    }

    public async Task<IReadOnlyList<ContentFieldChange>> DiffAsync(ContentRef item, int fromNumber, int toNumber, CancellationToken cancellationToken = default)
    {
        var from = await GetAsync(item, fromNumber, cancellationToken) ?? throw NoSuchVersion(item, fromNumber);
        var to = await GetAsync(item, toNumber, cancellationToken) ?? throw NoSuchVersion(item, toNumber);
        using var before = JsonDocument.Parse(from.SnapshotJson);
        using var after = JsonDocument.Parse(to.SnapshotJson);
        return ContentSnapshot.Diff(before.RootElement, after.RootElement);
    }

    private IQueryable<ContentVersion> Versions(ContentRef item) =>
        db.ContentVersions.Where(v => v.ContentType == item.ContentType && v.ContentId == item.ContentId);

    private static KeyNotFoundException NoSuchVersion(ContentRef item, int number) => new($"{item} has no version {number}.");

    private static ContentVersionInfo ToInfo(ContentVersion v) =>
        new(new ContentRef(v.ContentType, v.ContentId), v.Number, v.State, v.Author, v.CreatedUtc, v.Comment, v.SnapshotJson);
}
