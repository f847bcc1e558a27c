namespace Showcase.Scoring.Ledger;

/// <summary>What happened to a scorecard.</summary>
public enum LedgerEventKind
{
    /// <summary>A judge submitted a scorecard.</summary>
    Submit,

    /// <summary>A judge amended a submitted scorecard (it replaces the earlier one).</summary>
    Amend,

    /// <summary>A scorecard was withdrawn and no longer counts.</summary>
    Withdraw,

    /// <summary>A conflict recorded after the scorecard existed took it off the panel.</summary>
    Exclude,
}
