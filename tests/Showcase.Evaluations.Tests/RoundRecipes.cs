using System.Globalization;
using System.Text;

namespace Showcase.Evaluations.Tests;

/// <summary>Recipe JSON for tests: a round with the worked example's three criteria, its scores written compactly.</summary>
internal static class RoundRecipes
{
    public const string Criteria = """
        [ { "key": "innovation", "title": "创新性", "max": 40, "tieBreak": 1, "description": "新在哪里" },
          { "key": "effect", "title": "实效性", "max": 40 },
          { "key": "spread", "title": "示范性", "max": 20 } ]
        """;

    /// <summary>One score object per (judge, innovation, effect, spread).</summary>
    public static string Scores(string stage, string entry, params (string Judge, decimal Innovation, decimal Effect, decimal Spread)[] cards) =>
        string.Join(",\n", cards.Select(c =>
            $$"""{ "stage": "{{stage}}", "judge": "{{c.Judge}}", "entry": "{{entry}}", "criteria": { "innovation": {{N(c.Innovation)}}, "effect": {{N(c.Effect)}}, "spread": {{N(c.Spread)}} } }"""));

    /// <summary>One score object per (judge, score) for a stage with the single criterion <c>score</c>.</summary>
    public static string Single(string stage, string entry, params (string Judge, decimal Score)[] cards) =>
        string.Join(",\n", cards.Select(c =>
            $$"""{ "stage": "{{stage}}", "judge": "{{c.Judge}}", "entry": "{{entry}}", "criteria": { "score": {{N(c.Score)}} } }"""));

    public static string Recipe(string rounds) => $$"""{ "name": "round-test", "steps": [ { "step": "rounds", "rounds": [ {{rounds}} ] } ] }""";

    /// <summary>
    /// SCORING.md's worked example with an implied conflict and a short panel: five judges without conflicts score E1,
    /// E2 and E3; j2 (district GC) is conflicted with E1 and E2 by the organisation tree; E4 has four scorecards.
    /// </summary>
    public static string WorkedExample(string code = "worked", string state = "CLOSED", string extraScores = "", string decisions = "") => Recipe($$"""
        { "code": "{{code}}", "title": "worked example", "year": 2021, "state": "{{state}}",
          "stages": [ { "key": "final", "title": "终评", "method": "trimmed-mean", "drop": 1, "minPanel": 5,
                        "criteria": {{Criteria}}, "judges": ["j1", "j2", "j5", "j6", "j8", "j9"] } ],
          "bands": [ { "grade": "TOP2", "topRanks": 2 }, { "grade": "A", "minScore": 89.5 }, { "grade": "C" } ],
          "entries": [ { "code": "E1", "brand": "B1" }, { "code": "E2", "brand": "B2" }, { "code": "E3", "brand": "B3" }, { "code": "E4", "brand": "B4" } ],
          "scores": [
            {{Scores("final", "E1", ("j1", 36, 34, 18), ("j5", 37, 36, 19), ("j6", 36, 36, 18), ("j8", 34, 34, 17), ("j9", 36, 40, 19))}},
            {{Scores("final", "E3", ("j1", 37, 33, 18), ("j5", 37, 36, 19), ("j6", 37, 35, 18), ("j8", 35, 33, 17), ("j9", 36, 40, 19))}},
            {{Scores("final", "E2", ("j1", 36, 36, 19), ("j5", 35, 36, 18), ("j6", 36, 36, 18), ("j8", 36, 36, 18), ("j9", 30, 28, 12))}},
            {{Scores("final", "E4", ("j1", 32, 32, 16), ("j5", 32, 32, 16), ("j6", 32, 32, 16), ("j8", 32, 32, 16))}}
            {{extraScores}} ]
          {{decisions}} }
        """);

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
