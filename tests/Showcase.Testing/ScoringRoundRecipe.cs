using System.Globalization;
using System.Text;

namespace Showcase.Testing;

/// <summary>
/// A recipe for load on the scoring path: <paramref name="judges"/> judges (<c>burst-j01</c>, … with the password from
/// an environment variable, no unit, so never conflicted), <paramref name="entries"/> new published brands in the demo
/// organisation tree, and a round in SCORING (big screen on) in which every judge scores every entry: judges × entries
/// scorecards to submit. Apply it on top of the default demo data.
/// </summary>
public static class ScoringRoundRecipe
{
    public const string Stage = "final";

    private static readonly string[] Communities =
    [
        "GC-QP-YLY", "GC-QP-QPU", "GC-QP-BY", "GC-QP-CW", "GC-CY-CL", "GC-CY-XH", "GC-CY-QX", "GC-CY-CH", "GC-LS-LS", "GC-LS-PT",
        "GC-LS-HX", "GC-JK-JK", "GC-JK-XJ", "GC-JK-FC", "GC-MY-MY", "GC-MY-FL", "DZ-YD-YS", "DZ-YD-DC", "DZ-YD-XC", "DZ-DL-DL",
    ];

    public static string Judge(int i) => $"burst-j{i:D2}";

    public static string Entry(int i) => $"E{i:D3}";

    /// <summary>Scores on the criteria's steps (innovation, effect out of 40, spread out of 20), varied by judge and entry.</summary>
    public static IReadOnlyDictionary<string, decimal> Scores(int judge, int entry, int variant = 0) => new Dictionary<string, decimal>
    {
        ["innovation"] = 20 + ((judge * 7 + entry * 3 + variant) % 40) / 2m,
        ["effect"] = 20 + ((judge * 5 + entry * 11 + variant) % 40) / 2m,
        ["spread"] = 10 + ((judge + entry * 13 + variant) % 20) / 2m,
    };

    public static string Json(string roundCode, int judges, int entries, string passwordVariable)
    {
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $$"""{ "name": "scoring-load-{{roundCode}}", "steps": [ { "step": "users", "users": [""");
        json.AppendJoin(", ", Enumerable.Range(1, judges).Select(j =>
            $$"""{ "userName": "{{Judge(j)}}", "displayName": "压力评委{{j}}", "roles": ["Judge"], "passwordFromEnv": "{{passwordVariable}}" }"""));
        json.Append("""] }, { "step": "brands", "brands": [""");
        json.AppendJoin(", ", Enumerable.Range(1, entries).Select(e =>
            $$"""{ "code": "{{roundCode}}-B{{e:D3}}", "title": "压力测试品牌{{e}}", "community": "{{Communities[e % Communities.Length]}}", "summary": "示意", "body": "示意内容。", "illustrative": true }"""));
        json.Append(CultureInfo.InvariantCulture, $$"""] }, { "step": "rounds", "rounds": [ { "code": "{{roundCode}}", "title": "评分压力测试 {{roundCode}}", "year": 2030, "state": "SCORING", "liveDisplay": true, "illustrative": true,""");
        json.Append(CultureInfo.InvariantCulture, $$""" "stages": [ { "key": "{{Stage}}", "title": "终评", "method": "trimmed-mean", "drop": 1, "minPanel": 3,""");
        json.Append(""" "criteria": [ { "key": "innovation", "title": "创新性", "max": 40, "tieBreak": 1 }, { "key": "effect", "title": "实效性", "max": 40 }, { "key": "spread", "title": "示范性", "max": 20 } ],""");
        json.Append(""" "judges": [""").AppendJoin(", ", Enumerable.Range(1, judges).Select(j => $"\"{Judge(j)}\"")).Append("] } ],");
        json.Append(""" "bands": [ { "grade": "TOP10", "topRanks": 10 }, { "grade": "C" } ], "entries": [""");
        json.AppendJoin(", ", Enumerable.Range(1, entries).Select(e => $$"""{ "code": "{{Entry(e)}}", "brand": "{{roundCode}}-B{{e:D3}}" }"""));
        json.Append("""], "scores": [] } ] } ] }""");
        return json.ToString();
    }
}
