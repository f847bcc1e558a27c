using Showcase.Abstractions.Events;

namespace Showcase.Organizations.Models;

/// <summary>
/// Units were added, renamed or moved under another parent. Modules that copy a unit's name or its district
/// (a brand's district, a search document's place) bring their copies up to date when they hear it.
/// </summary>
/// <param name="Codes">The units that changed, the added ones included; the units beneath a moved one changed place too.</param>
/// <param name="Added">Those of <paramref name="Codes"/> that the command added: nothing can have copied them before it,
/// so a copy to bring up to date is of a renamed or moved unit only. Absent (null) in events written before it existed.</param>
public sealed record OrganizationUnitsChanged(IReadOnlyList<string> Codes, IReadOnlyList<string>? Added = null) : IDomainEvent;
