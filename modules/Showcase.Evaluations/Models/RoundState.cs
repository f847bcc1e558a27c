namespace Showcase.Evaluations.Models;

/// <summary>Where a round is in its year: DRAFT → APPLICATIONS_OPEN → SCORING → CLOSED → PUBLIC_NOTICE → FINAL.</summary>
public enum RoundState
{
    Draft,
    ApplicationsOpen,
    Scoring,
    Closed,
    PublicNotice,
    Final,
}
