namespace Showcase.Abstractions.Content;

/// <summary>
/// What the shared history partial (<c>_ContentHistory</c>, in the core) shows for any content type: every version
/// newest first, a compare form that goes to <see cref="DiffUrl"/> with <c>from</c> and <c>to</c>, and a restore
/// button per older version that posts to the page's <c>Restore</c> handler when <see cref="CanRestore"/>.
/// </summary>
public sealed record ContentHistoryView(IReadOnlyList<ContentVersionInfo> Versions, string DiffUrl, bool CanRestore);
