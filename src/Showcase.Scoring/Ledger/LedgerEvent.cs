using System.Globalization;
using System.Text.Json.Nodes;

namespace Showcase.Scoring.Ledger;

/// <summary>One event of the score ledger. Judges should be named by their pseudonym: the ledger is published with the results.</summary>
/// <param name="Sequence">1, 2, 3, ... without gaps.</param>
/// <param name="Scores">The scores as entered, by criterion key (submit and amend only).</param>
public sealed record LedgerEvent(
    long Sequence,
    LedgerEventKind Kind,
    string Stage,
    string Judge,
    string Entry,
    IReadOnlyDictionary<string, string>? Scores,
    string? Reason,
    DateTimeOffset At)
{
    /// <summary>A submit or amend event for a scorecard, its scores named by the stage's criteria.</summary>
    public static LedgerEvent ForScorecard(long sequence, LedgerEventKind kind, StageDefinition stage, Scorecard scorecard, DateTimeOffset at, string? judgeName = null) =>
        new(
            sequence,
            kind,
            scorecard.Stage,
            judgeName ?? scorecard.Judge,
            scorecard.Entry,
            stage.Criteria.Select((c, i) => (c.Key, Value: scorecard.Scores[i].ToString(CultureInfo.InvariantCulture))).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            null,
            at);

    /// <summary>The event as the ledger stores and hashes it.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["sequence"] = Sequence,
            ["kind"] = Kind.ToString().ToLowerInvariant(),
            ["stage"] = Stage,
            ["judge"] = Judge,
            ["entry"] = Entry,
            ["at"] = At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        };
        if (Scores is not null)
        {
            var scores = new JsonObject();
            foreach (var (key, value) in Scores)
            {
                scores[key] = value;
            }

            json["scores"] = scores;
        }

        if (Reason is not null)
        {
            json["reason"] = Reason;
        }

        return json;
    }
}
