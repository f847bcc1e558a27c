namespace Showcase.Evaluations.Models;

/// <summary>A committed assignment: <see cref="Judge"/> scores <see cref="EntryCode"/> in the stage (panels of mode <see cref="PanelMode.Assigned"/>).</summary>
public sealed class PanelSeat
{
    public int Id { get; set; }

    public int StageId { get; set; }

    public string EntryCode { get; set; } = "";

    public string Judge { get; set; } = "";
}
