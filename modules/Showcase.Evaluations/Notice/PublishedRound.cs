using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Notice;

/// <summary>A round as the public list shows it: published (PUBLIC_NOTICE, FINAL), or with its live review meeting on.</summary>
/// <param name="PublishedUtc">When its current results were published; null for a live round not yet published.</param>
public sealed record PublishedRound(string Code, string Title, int Year, RoundState State, bool LiveDisplay, DateTimeOffset? PublishedUtc)
{
    public bool IsPublished => State is RoundState.PublicNotice or RoundState.Final;

    /// <summary>The big screen is shown while the round is being scored (or about to be) with its live display on.</summary>
    public bool IsLive => LiveDisplay && State is RoundState.Scoring or RoundState.Closed;
}
