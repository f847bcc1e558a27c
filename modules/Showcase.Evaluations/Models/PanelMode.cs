namespace Showcase.Evaluations.Models;

public enum PanelMode
{
    /// <summary>Every judge of the stage scores every entry taking part.</summary>
    EveryJudge,

    /// <summary>Each judge scores the entries of their committed seats (k judges per entry, a cap per judge).</summary>
    Assigned,
}
