using System.Collections.Immutable;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>
/// A leaderboard's lines as <see cref="SnapshotBuilder"/> made them, and what each was built from (its standing), in the
/// same order: the snapshot keeps the sources for the builder of the next version.
/// </summary>
public readonly record struct BuiltLines(ImmutableArray<LeaderboardEntry> Entries, object[] Sources);
