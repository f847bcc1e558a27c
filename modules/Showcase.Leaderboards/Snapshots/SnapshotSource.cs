using Showcase.Evaluations.Models;
using Showcase.Organizations.Services;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>
/// What a leaderboard's lines say besides the standing (the entry's title, brand, community and district): the round's
/// entries as read with its definition (shared, by reference, between revisions that changed only scorecards) and the
/// organisation tree. Two builds from equal sources name every entry alike.
/// </summary>
internal sealed record SnapshotSource(IReadOnlyList<Entry> Entries, OrganizationTree Tree)
{
    public bool Equals(SnapshotSource? other) =>
        other is not null && ReferenceEquals(Entries, other.Entries) && ReferenceEquals(Tree, other.Tree);

    public override int GetHashCode() => HashCode.Combine(
        System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Entries),
        System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Tree));
}
