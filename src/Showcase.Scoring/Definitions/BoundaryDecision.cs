namespace Showcase.Scoring;

/// <summary>
/// An administrator's order of the entries tied at the edge of a <c>topRanks</c> band. It becomes the last tie-break of the
/// round's ranking, and applies only while exactly these entries share that rank.
/// </summary>
/// <param name="Order">The tied entries, first one first.</param>
public sealed record BoundaryDecision(IReadOnlyList<string> Order, string Reason);
