namespace Showcase.Leaderboards.Paging;

/// <summary>What a page token says: which list, at which version, from where, and a digest of the request's filters.</summary>
/// <param name="List">The list's name (a leaderboard's parent, <c>rounds</c> or <c>brands</c>).</param>
/// <param name="Version">The leaderboard version the first page was read at; 0 for lists without versions.</param>
/// <param name="Offset">The index of the first item of the next page.</param>
/// <param name="Filter">The request's other fields, as one string: a token is refused with different ones.</param>
public sealed record PageToken(string List, long Version, int Offset, string Filter);
