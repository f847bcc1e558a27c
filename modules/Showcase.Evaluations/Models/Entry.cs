namespace Showcase.Evaluations.Models;

/// <summary>
/// A brand entered in a round (one per brand per round). It freezes the published brand version it was made with, so
/// judges score what was submitted, not later edits; the title, community and district are copied from that version.
/// </summary>
public sealed class Entry
{
    public int Id { get; set; }

    public int RoundId { get; set; }

    /// <summary>The entry's code in the round, e.g. <c>E01</c>; results list entries by it.</summary>
    public string Code { get; set; } = "";

    public string BrandCode { get; set; } = "";

    /// <summary>The brand's version number in the core's content history when the entry was made.</summary>
    public int BrandVersion { get; set; }

    public string Title { get; set; } = "";

    public string CommunityCode { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    public EntryStatus Status { get; set; } = EntryStatus.Applied;

    /// <summary>The manager's reason for a rejection or a withdrawal.</summary>
    public string StatusReason { get; set; } = "";

    public string AppliedBy { get; set; } = "";

    public DateTimeOffset AppliedUtc { get; set; }

    /// <summary>Counts in the round's definition: accepted, or withdrawn after acceptance (shown as WITHDRAWN).</summary>
    public bool IsInRound => Status is EntryStatus.Accepted or EntryStatus.Withdrawn;
}
