using Showcase.Scoring.Export;
using Showcase.Scoring.Ledger;

namespace Showcase.Scoring.Tests;

/// <summary>A two-stage round with bands, a boundary decision and its ledger, for the export tests.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static RoundDefinition Round()
    {
        var material = new StageDefinition("material", "初评", Rounds.WorkedCriteria, ["wang", "li", "zhang", "zhao", "chen"]) { Advance = 4, MinPanel = 5 };
        var live = new StageDefinition("live", "终评", [new Criterion("overall", "现场", 100)], ["wang", "li", "sun"]) { Method = AggregationMethod.Mean };
        return new RoundDefinition("2025-brand", "2025 党建品牌", [material, live], [new("E1"), new("E2"), new("E3"), new("E4"), new("E5"), new("E6")])
        {
            Bands = [new Band("TOP1", TopRanks: 1), new Band("A", MinScore: 80), new Band("B")],
            Conflicts = [new Conflict("zhao", "E5")],
            Decisions = [new BoundaryDecision(["E2", "E1"], "E2 had the stronger live defence")],
        };
    }

    public static List<Scorecard> Scorecards()
    {
        string[] judges = ["wang", "li", "zhang", "zhao", "chen"];
        var totals = new Dictionary<string, decimal[]>
        {
            ["E1"] = [88, 92, 90, 85, 95],
            ["E2"] = [91, 89, 90, 90, 70],
            ["E3"] = [80, 82.5m, 79, 81, 84],
            ["E4"] = [70, 75, 72, 71, 69],
            ["E5"] = [60, 65, 62, 99, 61],
            ["E6"] = [90, 91, 92, 93, 94],
        };
        var cards = new List<Scorecard>();
        foreach (var (entry, row) in totals)
        {
            for (var j = 0; j < judges.Length; j++)
            {
                var innovation = Math.Min(40, decimal.Floor(row[j] * 0.4m * 2) / 2);
                var spread = Math.Min(20, decimal.Floor(row[j] * 0.2m * 2) / 2);
                cards.Add(Rounds.Card("material", judges[j], entry, innovation, row[j] - innovation - spread, spread));
            }
        }

        // E6 leads the material review but only E1..E4 and E6 go on; E1 and E2 tie at 85.00 live (TOP1 edge), E6 below.
        cards.AddRange([
            Rounds.Card("live", "wang", "E1", 85), Rounds.Card("live", "li", "E1", 85), Rounds.Card("live", "sun", "E1", 85),
            Rounds.Card("live", "wang", "E2", 80), Rounds.Card("live", "li", "E2", 90), Rounds.Card("live", "sun", "E2", 85),
            Rounds.Card("live", "wang", "E3", 70.5m), Rounds.Card("live", "li", "E3", 75), Rounds.Card("live", "sun", "E3", 72),
            Rounds.Card("live", "wang", "E6", 84), Rounds.Card("live", "li", "E6", 83), Rounds.Card("live", "sun", "E6", 84.5m),
        ]);
        return cards;
    }

    public static IReadOnlyList<LedgerRecord> Ledger(RoundDefinition round, IEnumerable<Scorecard> cards)
    {
        var pseudonyms = ResultsExport.DefaultPseudonyms(round);
        var stages = round.Stages.ToDictionary(s => s.Key);
        return ScoreLedger.Chain(cards.Select((card, i) => LedgerEvent.ForScorecard(i + 1, LedgerEventKind.Submit, stages[card.Stage], card, Start.AddMinutes(i), pseudonyms[card.Judge])));
    }

    public static System.Text.Json.Nodes.JsonObject Export()
    {
        var round = Round();
        var cards = Scorecards();
        return ResultsExport.Create(RoundTally.Create(round, cards), Ledger(round, cards));
    }
}
