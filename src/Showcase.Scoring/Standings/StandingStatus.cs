namespace Showcase.Scoring;

/// <summary>Where an entry ended up in a round (the partner API's RANKED, INSUFFICIENT_PANEL, ELIMINATED, WITHDRAWN).</summary>
public enum StandingStatus
{
    /// <summary>Reached the last stage and has a round score.</summary>
    Ranked,

    /// <summary>A stage it took part in had too small a panel: no score, no rank.</summary>
    InsufficientPanel,

    /// <summary>Stopped in an earlier stage; ranked after the entries that went further.</summary>
    Eliminated,

    /// <summary>Withdrawn from the round: no score, no rank.</summary>
    Withdrawn,
}

public static class StandingStatusNames
{
    /// <summary>The name in exports and the partner API, e.g. <c>INSUFFICIENT_PANEL</c>.</summary>
    public static string ToExportName(this StandingStatus status) => status switch
    {
        StandingStatus.Ranked => "RANKED",
        StandingStatus.InsufficientPanel => "INSUFFICIENT_PANEL",
        StandingStatus.Eliminated => "ELIMINATED",
        StandingStatus.Withdrawn => "WITHDRAWN",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
