using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Judging;

/// <summary>What a judge's scorecard page is made from; only <see cref="Access"/> is set unless it is <see cref="JudgeAccess.Allowed"/>.</summary>
public sealed record JudgeEntryView(JudgeAccess Access, Round? Round = null, Stage? Stage = null, Entry? Entry = null, JudgeScorecard? Card = null)
{
    /// <summary>The judge can submit or amend now: the round is in SCORING with this stage open.</summary>
    public bool IsOpen => Round is { State: RoundState.Scoring } round && Stage is not null && round.OpenStage == Stage.Key;
}
