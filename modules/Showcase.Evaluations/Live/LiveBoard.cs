using System.Text.Json;
using System.Text.Json.Serialization;

namespace Showcase.Evaluations.Live;

/// <summary>
/// What the big screen shows of a round: the stage being scored (the last stage once scoring is over), its provisional
/// standings and how far the judges are. The same record renders the page and travels as each event's JSON.
/// </summary>
/// <param name="Revision">The round's revision it was computed at (the event id).</param>
/// <param name="LedgerSequence">The score ledger's head: the last scorecard event it includes.</param>
/// <param name="TopRanks">The top band's size (10 for a Top-10 review), 0 when no band counts ranks.</param>
public sealed record LiveBoard(
    string Round,
    string Title,
    string State,
    bool Live,
    string Stage,
    string StageTitle,
    long Revision,
    long LedgerSequence,
    int TopRanks,
    int Submitted,
    int Expected,
    IReadOnlyList<LiveBoardJudge> Judges,
    IReadOnlyList<LiveBoardEntry> Entries,
    DateTimeOffset ComputedUtc)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Whether the round's results are published (the notice page has them).</summary>
    public bool IsPublished => State is "PUBLIC_NOTICE" or "FINAL";

    /// <summary>The event's data: one line of JSON (no line breaks, as the event stream needs).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public LiveFrame ToFrame() => new(Revision, ToJson(), Live);
}
