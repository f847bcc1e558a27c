namespace Showcase.Scoring;

/// <summary>The rules of SCORING.md in one call: a round definition and its scorecards in, the standings out.</summary>
public static class RoundCalculator
{
    /// <summary>The full recompute. Drafts are skipped; of several revisions of one scorecard the highest counts.</summary>
    /// <exception cref="RoundDefinitionException">The definition breaks a rule.</exception>
    /// <exception cref="ScorecardRejectedException">A submitted scorecard is not valid for the round.</exception>
    public static RoundStandings Calculate(RoundDefinition round, IEnumerable<Scorecard> scorecards) =>
        RoundTally.Create(round, scorecards).Standings();
}
