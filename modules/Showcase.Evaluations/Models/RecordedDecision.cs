namespace Showcase.Evaluations.Models;

/// <summary>A boundary decision: the order of the entries tied at the edge of a <c>topRanks</c> band, with the reason.</summary>
public sealed class RecordedDecision
{
    public int Id { get; set; }

    public int RoundId { get; set; }

    /// <summary>The band's grade, e.g. <c>TOP10</c>.</summary>
    public string Band { get; set; } = "";

    /// <summary>Entry codes, first one first, comma-separated.</summary>
    public string Order { get; set; } = "";

    public string Reason { get; set; } = "";

    public string DecidedBy { get; set; } = "";

    public DateTimeOffset DecidedUtc { get; set; }

    public IReadOnlyList<string> OrderList => Order.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
