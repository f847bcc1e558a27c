using Showcase.Abstractions.Organizations;

namespace Showcase.Core.Identity;

/// <summary>
/// The units a user may belong to, for the user form: the organisation tree when the organisations module is on.
/// A unit that is not in the tree is refused, so an editor is never tied to a community that does not exist.
/// </summary>
public sealed class UserUnits(IEnumerable<IOrganizationUnitChoices> sources)
{
    private IReadOnlyList<OrganizationUnitChoice>? _choices;

    /// <returns>the units in tree order, or null when no module provides units (the field is then free text).</returns>
    public async Task<IReadOnlyList<OrganizationUnitChoice>?> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var source = sources.FirstOrDefault();
        if (source is null)
        {
            return null;
        }

        return _choices ??= await source.ListAsync(cancellationToken);
    }

    /// <summary>Whether <paramref name="code"/> may be saved: empty (no unit), or a unit of the tree.</summary>
    public async Task<bool> IsKnownAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return true;
        }

        var choices = await ChoicesAsync(cancellationToken);
        return choices is null || choices.Any(c => string.Equals(c.Code, code.Trim(), StringComparison.Ordinal));
    }
}
