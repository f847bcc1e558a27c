using System.Security.Claims;

namespace Showcase.Abstractions.Content;

/// <summary>A save that a content type's store checks: who asks, the item as stored (null when new), and the content given.</summary>
public sealed record ContentChange<TItem, TContent>(ClaimsPrincipal User, TItem? Existing, string Code, TContent Content);
