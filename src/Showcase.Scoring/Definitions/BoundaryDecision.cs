namespace Showcase.Scoring;

/// <summary>
/// An administrator's order of the entries tied at the edge of a <c>topRanks</c> band. It becomes the last tie-break of the
/// round's ranking, and applies only while exactly these entries share that rank.
/// </summary>
/// <param name="Order">The tied entries, first one first.</param>
public sealed record BoundaryDecision(IReadOnlyList<string> Order, string Reason)
{
    /// <summary>
    /// The grade of the band whose edge the decision is for, when the caller knows it. It is not part of the results export
    /// (SCORING.md defines none), so it never changes a figure: the decision orders its entries wherever they are exactly a
    /// tied block. It tells <see cref="RoundStandings.EnsureApplied"/> which band's tie the decision must order.
    /// </summary>
    public string? Band { get; init; }

    /// <summary>Same entries in the same order, same reason, same band (the record's own equality compares the list by reference).</summary>
    public bool IsSameAs(BoundaryDecision other) =>
        Order.SequenceEqual(other.Order, StringComparer.Ordinal) && Reason == other.Reason && Band == other.Band;
}
