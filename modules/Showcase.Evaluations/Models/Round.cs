namespace Showcase.Evaluations.Models;

/// <summary>An evaluation round, e.g. the yearly Top-10 community party-building brands review.</summary>
public sealed class Round
{
    public int Id { get; set; }

    /// <summary>Stable key used by recipes, URLs, exports and the partner API, e.g. <c>2021-top10</c>.</summary>
    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public int Year { get; set; }

    public RoundState State { get; set; } = RoundState.Draft;

    /// <summary>The stage judges score while the round is in SCORING; null before scoring opens.</summary>
    public string? OpenStage { get; set; }

    /// <summary>The round has a public big-screen page for its live review meeting.</summary>
    public bool LiveDisplay { get; set; }

    /// <summary>Judges score without seeing the community, the district or the brand's identifying fields.</summary>
    public bool BlindMode { get; set; }

    public DateTimeOffset? ApplicationsOpenUtc { get; set; }

    public DateTimeOffset? ScoringOpenUtc { get; set; }

    public DateTimeOffset? ScoringCloseUtc { get; set; }

    public DateTimeOffset? PublicNoticeUtc { get; set; }

    public int? NoticeDays { get; set; }

    /// <summary>The round's grade bands as JSON (<c>[{"grade":"TOP10","topRanks":10}]</c>); empty list: the last stage's.</summary>
    public string BandsJson { get; set; } = "[]";

    /// <summary>Demo data written to illustrate the site, not a real review's.</summary>
    public bool IsIllustrative { get; set; }

    /// <summary>
    /// Raised by every change to the round, its definition or its scores, inside the change's transaction. It also
    /// serialises those changes (the update takes the row's lock) and tells cached standings they are stale.
    /// </summary>
    public long Revision { get; set; }

    /// <summary>
    /// The revision of the last change that was not a judge's submission, amendment or withdrawal (definition, panels,
    /// conflicts, decisions, state, options). While it stays, standings computed at an earlier revision can be carried
    /// forward by the scorecards changed since (<see cref="JudgeScorecard.RoundRevision"/>) instead of recomputed.
    /// </summary>
    public long DefinitionRevision { get; set; }

    /// <summary>The score ledger's head: the last event's sequence (0 when empty) and hash.</summary>
    public long LedgerSequence { get; set; }

    public string LedgerHash { get; set; } = Scoring.Ledger.ScoreLedger.GenesisHash;

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    /// <summary>A detached copy of the row as it is now (its values only).</summary>
    internal Round Copy() => (Round)MemberwiseClone();

    public RoundSchedule Schedule
    {
        get => new(ApplicationsOpenUtc, ScoringOpenUtc, ScoringCloseUtc, PublicNoticeUtc, NoticeDays);
        set
        {
            ApplicationsOpenUtc = value.ApplicationsOpen?.ToUniversalTime();
            ScoringOpenUtc = value.ScoringOpen?.ToUniversalTime();
            ScoringCloseUtc = value.ScoringClose?.ToUniversalTime();
            PublicNoticeUtc = value.PublicNotice?.ToUniversalTime();
            NoticeDays = value.NoticeDays;
        }
    }
}
