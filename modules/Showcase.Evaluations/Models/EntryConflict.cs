namespace Showcase.Evaluations.Models;

/// <summary>A judge who must not score an entry, in any stage of the round.</summary>
public sealed class EntryConflict
{
    public int Id { get; set; }

    public int RoundId { get; set; }

    public string Judge { get; set; } = "";

    public string EntryCode { get; set; } = "";

    public ConflictSource Source { get; set; }

    public string Reason { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedUtc { get; set; }
}
