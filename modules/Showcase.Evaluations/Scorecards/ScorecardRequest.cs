namespace Showcase.Evaluations.Scorecards;

/// <summary>
/// The body of <c>POST /rounds/{code}/scorecards</c>: <c>{"stage":"final","entry":"E01","scores":{"innovation":36.5,…},
/// "key":"…","comment":""}</c>. <c>key</c> is the client-made idempotency key: send the same key again after a lost answer.
/// </summary>
public sealed record ScorecardRequest(string? Stage, string? Entry, Dictionary<string, decimal>? Scores, string? Key, string? Comment);
