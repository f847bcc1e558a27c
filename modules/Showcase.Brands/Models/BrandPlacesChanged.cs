using Showcase.Abstractions.Events;

namespace Showcase.Brands.Models;

/// <summary>
/// The organisation units of these published brands were renamed or moved, and their rows now say so: the public
/// pages and the search documents, which carry the place's names, are to be refreshed.
/// </summary>
public sealed record BrandPlacesChanged(IReadOnlyList<string> Codes) : IDomainEvent;
