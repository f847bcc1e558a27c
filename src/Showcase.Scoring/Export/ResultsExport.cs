using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Showcase.Scoring.Canonical;
using Showcase.Scoring.Ledger;

namespace Showcase.Scoring.Export;

/// <summary>
/// The results export of SCORING.md: one JSON document with the round, its stages, criteria and bands, each judge under
/// a pseudonym, every counted score as entered, the conflicts, every boundary decision, the results and the score ledger
/// with its head. Everything is listed in a fixed order (entries by code, judges by pseudonym), so the same round gives
/// the same document and the same digest whatever order its inputs came in.
/// </summary>
public static class ResultsExport
{
    /// <summary>Builds the export of a tally's current results.</summary>
    /// <param name="ledger">The score ledger, in sequence order; its events should already name judges by pseudonym.</param>
    /// <param name="pseudonyms">Judge id → pseudonym; by default J01, J02, ... in ordinal order of the ids.</param>
    public static JsonObject Create(RoundTally tally, IReadOnlyList<LedgerRecord> ledger, IReadOnlyDictionary<string, string>? pseudonyms = null)
    {
        var round = tally.Round;
        pseudonyms ??= DefaultPseudonyms(round);
        string Pseudonym(string judge) => pseudonyms.TryGetValue(judge, out var name) ? name : throw new ArgumentException($"No pseudonym for judge '{judge}'.", nameof(pseudonyms));

        var judgeIds = round.Stages.SelectMany(s => s.Judges).ToHashSet(StringComparer.Ordinal);
        var entryCodes = round.Entries.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var stageOrder = round.Stages.Select((s, i) => (s.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var stagesByKey = round.Stages.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var export = new JsonObject
        {
            ["rules"] = round.Rules,
            ["round"] = new JsonObject
            {
                ["code"] = round.Code,
                ["title"] = round.Title,
                ["bands"] = Bands(round.Bands),
            },
            ["stages"] = new JsonArray([.. round.Stages.Select((s, i) => Stage(s, i == round.Stages.Count - 1, Pseudonym))]),
            ["entries"] = new JsonArray([.. round.Entries.OrderBy(e => e.Code, StringComparer.Ordinal).Select(e => (JsonNode)new JsonObject { ["code"] = e.Code, ["withdrawn"] = e.Withdrawn })]),
            ["conflicts"] = new JsonArray([.. round.Conflicts
                .Where(c => judgeIds.Contains(c.Judge) && entryCodes.Contains(c.Entry))
                .Select(c => (Judge: Pseudonym(c.Judge), c.Entry))
                .Distinct()
                .OrderBy(c => c.Judge, StringComparer.Ordinal).ThenBy(c => c.Entry, StringComparer.Ordinal)
                .Select(c => (JsonNode)new JsonObject { ["judge"] = c.Judge, ["entry"] = c.Entry })]),
            ["decisions"] = new JsonArray([.. round.Decisions
                .OrderBy(d => string.Join('\n', d.Order), StringComparer.Ordinal)
                .Select(d => (JsonNode)new JsonObject { ["order"] = new JsonArray([.. d.Order.Select(e => (JsonNode)JsonValue.Create(e))]), ["reason"] = d.Reason })]),
            ["scores"] = new JsonArray([.. tally.CountedScorecards()
                .Select(card => (Card: card, Judge: Pseudonym(card.Judge)))
                .OrderBy(c => stageOrder[c.Card.Stage]).ThenBy(c => c.Card.Entry, StringComparer.Ordinal).ThenBy(c => c.Judge, StringComparer.Ordinal)
                .Select(c => (JsonNode)Score(stagesByKey[c.Card.Stage], c.Card, c.Judge))]),
            ["results"] = Results(tally.Standings()),
            ["ledger"] = Ledger(ledger),
        };
        return export;
    }

    /// <summary>The results digest: SHA-256 (lower-case hex) of the export's RFC 8785 canonical form.</summary>
    public static string Digest(JsonNode export) => Digest(JsonCanonicalizer.Canonicalize(export));

    /// <inheritdoc cref="Digest(JsonNode)"/>
    public static string Digest(JsonElement export) => Digest(JsonCanonicalizer.Canonicalize(export));

    /// <summary>The export as people read it (indented); the digest does not depend on the layout.</summary>
    public static string ToJson(JsonObject export) => export.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>J01, J02, ... for every judge of the round, in ordinal order of their ids (which keeps every order the same).</summary>
    public static IReadOnlyDictionary<string, string> DefaultPseudonyms(RoundDefinition round)
    {
        var judges = round.Stages.SelectMany(s => s.Judges).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var width = Math.Max(2, judges.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        return judges.Select((j, i) => (j, Name: "J" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0')))
            .ToDictionary(p => p.j, p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The "results" array of the export for these standings: what <c>verify</c> recomputes and compares.</summary>
    public static JsonArray Results(RoundStandings standings) => new([.. standings.Entries.Select(s => (JsonNode)new JsonObject
    {
        ["entry"] = s.EntryCode,
        ["status"] = s.Status.ToExportName(),
        ["score"] = s.ScoreText,
        ["rank"] = s.Rank,
        ["position"] = s.Position,
        ["tied"] = s.Tied,
        ["grade"] = s.Grade,
        ["boundaryTie"] = s.BoundaryTie,
        ["judgeCount"] = s.JudgeCount,
        ["stageReached"] = s.StageReached ?? "",
        ["stages"] = new JsonArray([.. s.Stages.Select(st => (JsonNode)new JsonObject
        {
            ["stage"] = st.Stage,
            ["score"] = st.ScoreText,
            ["judgeCount"] = st.JudgeCount,
            ["rank"] = st.Rank,
        })]),
    })]);

    private static JsonObject Stage(StageDefinition stage, bool isLast, Func<string, string> pseudonym)
    {
        var json = new JsonObject
        {
            ["key"] = stage.Key,
            ["title"] = stage.Title,
            ["method"] = stage.Method.ToExportName(),
            ["drop"] = stage.Drop,
            ["minPanel"] = stage.EffectiveMinPanel,
            ["weight"] = (stage.Weight ?? (isLast ? 1m : 0m)).ToInvariantString(),
            ["judges"] = new JsonArray([.. stage.Judges.Select(pseudonym).Order(StringComparer.Ordinal).Select(j => (JsonNode)JsonValue.Create(j))]),
            ["criteria"] = new JsonArray([.. stage.Criteria.Select(c => (JsonNode)Criterion(c))]),
            ["bands"] = Bands(stage.Bands),
        };
        if (stage.Advance is int advance)
        {
            json["advance"] = advance;
        }

        return json;
    }

    private static JsonObject Criterion(Criterion criterion)
    {
        var json = new JsonObject
        {
            ["key"] = criterion.Key,
            ["title"] = criterion.Title,
            ["max"] = criterion.Max.ToInvariantString(),
            ["weight"] = criterion.Weight.ToInvariantString(),
            ["step"] = criterion.Step.ToInvariantString(),
        };
        if (criterion.TieBreak is int tieBreak)
        {
            json["tieBreak"] = tieBreak;
        }

        return json;
    }

    private static JsonArray Bands(IReadOnlyList<Band> bands) => new([.. bands.Select(b =>
    {
        var json = new JsonObject { ["grade"] = b.Grade };
        if (b.TopRanks is int top)
        {
            json["topRanks"] = top;
        }

        if (b.MinScore is decimal min)
        {
            json["minScore"] = min.ToInvariantString();
        }

        return (JsonNode)json;
    })]);

    private static JsonObject Score(StageDefinition stage, Scorecard card, string judge)
    {
        var scores = new JsonObject();
        for (var c = 0; c < stage.Criteria.Count; c++)
        {
            scores[stage.Criteria[c].Key] = card.Scores[c].ToInvariantString();
        }

        return new JsonObject { ["stage"] = card.Stage, ["judge"] = judge, ["entry"] = card.Entry, ["scores"] = scores };
    }

    private static JsonObject Ledger(IReadOnlyList<LedgerRecord> ledger)
    {
        var head = ledger.Count == 0 ? LedgerHead.Empty : new LedgerHead(ledger[^1].Sequence, ledger[^1].Hash);
        return new JsonObject
        {
            ["head"] = new JsonObject { ["sequence"] = head.Sequence, ["hash"] = head.Hash },
            ["events"] = new JsonArray([.. ledger.Select(r => (JsonNode)new JsonObject
            {
                ["sequence"] = r.Sequence,
                ["hash"] = r.Hash,
                ["event"] = JsonNode.Parse(r.EventJson),
            })]),
        };
    }

    private static string Digest(byte[] canonical) => Convert.ToHexStringLower(SHA256.HashData(canonical));
}
