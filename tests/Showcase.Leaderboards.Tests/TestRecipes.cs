using System.Globalization;
using System.Text;

namespace Showcase.Leaderboards.Tests;

/// <summary>Recipes for the API tests: a small organisation tree, five judges, many brands, and rounds in every state that matters.</summary>
public static class TestRecipes
{
    public const string Big = "big-2026";
    public const string Published = "pub-2025";
    public const string Live = "live-2026";
    public const string Draft = "draft-2026";
    public const string Final = "final-2024";

    /// <summary>Two districts with a community each, judges j1..j5 without a unit (no implied conflicts), and brands B0001…</summary>
    public static string Base(int brands)
    {
        var list = new StringBuilder();
        for (var i = 1; i <= brands; i++)
        {
            var community = i % 2 == 0 ? "GC-QP-YLY" : "DZ-YD-YS";
            var year = 2010 + (i % 5);
            list.Append(CultureInfo.InvariantCulture, $$"""{ "code": "{{Brand(i)}}", "title": "品牌{{i}}", "community": "{{community}}", "summary": "s", "tags": ["{{(i % 3 == 0 ? "志愿服务" : "网格治理")}}"], "yearFounded": {{year}} }""");
            list.Append(i < brands ? ",\n" : "\n");
        }

        return $$"""
            { "name": "leaderboards-base", "steps": [
              { "step": "organizations", "units": [
                { "code": "CZ", "name": "池州市", "kind": "city" },
                { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
                { "code": "DZ", "name": "东至县", "kind": "district", "parent": "CZ" },
                { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
                { "code": "DZ-YD", "name": "尧渡镇", "kind": "street", "parent": "DZ" },
                { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" },
                { "code": "DZ-YD-YS", "name": "尧舜社区", "kind": "community", "parent": "DZ-YD" } ] },
              { "step": "users", "users": [
                { "userName": "j1", "roles": ["Judge"] }, { "userName": "j2", "roles": ["Judge"] }, { "userName": "j3", "roles": ["Judge"] },
                { "userName": "j4", "roles": ["Judge"] }, { "userName": "j5", "roles": ["Judge"] } ] },
              { "step": "brands", "brands": [ {{list}} ] } ] }
            """;
    }

    public static string Brand(int i) => "B" + i.ToString("0000", CultureInfo.InvariantCulture);

    public static string Entry(int i) => "E" + i.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>
    /// A round of <paramref name="entries"/> entries in SCORING, one stage (mean, minimum panel 3, one criterion
    /// <c>score</c> out of 100) scored by j1–j3; j4 and j5 are on the panel and have not scored yet. Scores repeat
    /// every 50 entries, so ties abound; the last five entries have two scorecards only (INSUFFICIENT_PANEL) and
    /// entry 3 is withdrawn.
    /// </summary>
    public static string BigRound(int entries)
    {
        var list = new StringBuilder();
        var scores = new StringBuilder();
        for (var i = 1; i <= entries; i++)
        {
            list.Append(CultureInfo.InvariantCulture, $$"""{ "code": "{{Entry(i)}}", "brand": "{{Brand(i)}}"{{(i == 3 ? ", \"withdrawn\": true" : "")}} }""");
            list.Append(i < entries ? "," : "");
            var judges = i > entries - 5 ? 2 : 3;
            for (var j = 1; j <= judges; j++)
            {
                if (i == 3)
                {
                    continue;
                }

                if (scores.Length > 0)
                {
                    scores.Append(',');
                }

                scores.Append(CultureInfo.InvariantCulture, $$"""{ "stage": "s1", "judge": "j{{j}}", "entry": "{{Entry(i)}}", "criteria": { "score": {{Score(i, j)}} } }""");
            }
        }

        return Rounds($$"""
            { "code": "{{Big}}", "title": "千家评选", "year": 2026, "state": "SCORING", "liveDisplay": true,
              "stages": [ { "key": "s1", "title": "初评", "method": "mean", "minPanel": 3,
                            "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j1", "j2", "j3", "j4", "j5"] } ],
              "entries": [ {{list}} ], "scores": [ {{scores}} ] }
            """);
    }

    /// <summary>
    /// Small rounds: a published one with ties, a withdrawn entry and a short panel (two stages, TOP2 band); a live one
    /// in SCORING; a draft; a FINAL one for ratings.
    /// </summary>
    public static string SmallRounds() => Rounds($$"""
        { "code": "{{Published}}", "title": "公示中的评选", "year": 2025, "state": "PUBLIC_NOTICE",
          "stages": [ { "key": "first", "title": "初评", "method": "mean", "minPanel": 2, "advance": 5,
                        "criteria": [ { "key": "a", "title": "创新", "max": 50 }, { "key": "b", "title": "实效", "max": 50 } ], "judges": ["j1", "j2", "j3"] },
                      { "key": "final", "title": "终评", "method": "mean", "minPanel": 2,
                        "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j1", "j2", "j3"] } ],
          "bands": [ { "grade": "TOP2", "topRanks": 2 }, { "grade": "A", "minScore": 80 }, { "grade": "B" } ],
          "entries": [ { "code": "P1", "brand": "B0001" }, { "code": "P2", "brand": "B0002" }, { "code": "P3", "brand": "B0003" },
                       { "code": "P4", "brand": "B0004" }, { "code": "P5", "brand": "B0005" }, { "code": "P6", "brand": "B0006" },
                       { "code": "P7", "brand": "B0007", "withdrawn": true }, { "code": "P8", "brand": "B0008" } ],
          "scores": [
            {{Two("first", "P1", 45, 45, 44, 44)}}, {{Two("first", "P2", 40, 40, 41, 41)}}, {{Two("first", "P3", 40, 40, 41, 41)}},
            {{Two("first", "P4", 30, 30, 30, 30)}}, {{Two("first", "P5", 35, 35, 35, 35)}}, {{Two("first", "P6", 20, 20, 20, 20)}},
            { "stage": "first", "judge": "j1", "entry": "P8", "criteria": { "a": 49, "b": 49 } },
            {{One("final", "P1", 95, 93)}}, {{One("final", "P2", 88, 88)}}, {{One("final", "P3", 88, 88)}}, {{One("final", "P4", 70, 72)}},
            { "stage": "final", "judge": "j1", "entry": "P5", "criteria": { "score": 80 } } ] },
        { "code": "{{Live}}", "title": "现场评审", "year": 2026, "state": "SCORING", "liveDisplay": true,
          "stages": [ { "key": "s1", "title": "现场", "method": "mean", "minPanel": 1,
                        "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j1", "j2"] } ],
          "entries": [ { "code": "L1", "brand": "B0011" }, { "code": "L2", "brand": "B0012" } ],
          "scores": [ { "stage": "s1", "judge": "j1", "entry": "L1", "criteria": { "score": 77 } } ] },
        { "code": "{{Draft}}", "title": "筹备中", "year": 2026, "state": "DRAFT",
          "stages": [ { "key": "s1", "title": "初评", "method": "mean",
                        "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j1"] } ],
          "entries": [ { "code": "D1", "brand": "B0021" } ] },
        { "code": "{{Final}}", "title": "已定评选", "year": 2024, "state": "FINAL",
          "stages": [ { "key": "final", "title": "终评", "method": "mean", "minPanel": 2,
                        "criteria": [ { "key": "a", "title": "创新", "max": 50 }, { "key": "b", "title": "实效", "max": 50 } ], "judges": ["j1", "j2", "j3"] } ],
          "bands": [ { "grade": "A", "minScore": 80 }, { "grade": "B" } ],
          "entries": [ { "code": "F1", "brand": "B0031" }, { "code": "F2", "brand": "B0032" } ],
          "scores": [ {{Two("final", "F1", 45, 40, 44, 41)}}, {{Two("final", "F2", 30, 30, 31, 29)}},
                      { "stage": "final", "judge": "j3", "entry": "F1", "criteria": { "a": 43, "b": 42 } } ] }
        """);

    /// <summary>The score of judge <paramref name="j"/> for entry <paramref name="i"/>: 40–89.5 in half points, repeating every 50 entries.</summary>
    public static decimal Score(int i, int j) => 40 + (((i % 50) * (j + 3) + j) % 100) / 2m;

    private static string Rounds(string rounds) => $$"""{ "name": "leaderboards-rounds", "steps": [ { "step": "rounds", "rounds": [ {{rounds}} ] } ] }""";

    private static string Two(string stage, string entry, int a1, int b1, int a2, int b2) =>
        $$"""{ "stage": "{{stage}}", "judge": "j1", "entry": "{{entry}}", "criteria": { "a": {{a1}}, "b": {{b1}} } }, { "stage": "{{stage}}", "judge": "j2", "entry": "{{entry}}", "criteria": { "a": {{a2}}, "b": {{b2}} } }""";

    private static string One(string stage, string entry, int s1, int s2) =>
        $$"""{ "stage": "{{stage}}", "judge": "j1", "entry": "{{entry}}", "criteria": { "score": {{s1}} } }, { "stage": "{{stage}}", "judge": "j2", "entry": "{{entry}}", "criteria": { "score": {{s2}} } }""";
}
