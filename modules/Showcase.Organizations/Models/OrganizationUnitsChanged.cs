using Showcase.Abstractions.Events;

namespace Showcase.Organizations.Models;

/// <summary>
/// Units were added, renamed or moved under another parent. Modules that copy a unit's name or its district
/// (a brand's district, a search document's place) bring their copies up to date when they hear it.
/// </summary>
/// <param name="Codes">The units that changed; the units beneath a moved one changed place too.</param>
public sealed record OrganizationUnitsChanged(IReadOnlyList<string> Codes) : IDomainEvent;
