using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Showcase.Scoring.Ledger;

namespace Showcase.Scoring.Export;

/// <summary>What an export holds, read back into the library's inputs: enough to recompute the results.</summary>
public sealed record ResultsExportContent(RoundDefinition Round, ImmutableArray<Scorecard> Scorecards, ImmutableArray<LedgerRecord> Ledger, LedgerHead LedgerHead)
{
    /// <exception cref="ResultsExportFormatException">A member is missing or of the wrong kind.</exception>
    public static ResultsExportContent Read(JsonElement export)
    {
        var rules = Text(export, "rules", "");
        var round = Object(export, "round", "");
        var stages = Array(export, "stages", "").Select((s, i) => Stage(s, $"stages[{i}]")).ToList();
        var definition = new RoundDefinition(
            Text(round, "code", "round"),
            Text(round, "title", "round"),
            stages,
            [.. Array(export, "entries", "").Select((e, i) => new RoundEntry(Text(e, "code", $"entries[{i}]"), Bool(e, "withdrawn", $"entries[{i}]")))])
        {
            Rules = rules,
            Bands = Bands(round, "round"),
            Conflicts = [.. Array(export, "conflicts", "").Select((c, i) => new Conflict(Text(c, "judge", $"conflicts[{i}]"), Text(c, "entry", $"conflicts[{i}]")))],
            Decisions = [.. Array(export, "decisions", "").Select((d, i) => new BoundaryDecision(
                [.. Array(d, "order", $"decisions[{i}]").Select((e, k) => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new ResultsExportFormatException($"decisions[{i}].order[{k}]", "an entry code (string) is expected"))],
                Text(d, "reason", $"decisions[{i}]")))],
        };
        var stagesByKey = stages.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var scorecards = Array(export, "scores", "").Select((s, i) =>
        {
            var path = $"scores[{i}]";
            var stageKey = Text(s, "stage", path);
            if (!stagesByKey.TryGetValue(stageKey, out var stage))
            {
                throw new ResultsExportFormatException(path + ".stage", $"'{stageKey}' is not a stage of the export");
            }

            var named = Object(s, "scores", path).EnumerateObject().ToDictionary(p => p.Name, p => DecimalValue(p.Value, $"{path}.scores.{p.Name}"), StringComparer.Ordinal);
            return Scorecard.FromNamedScores(stage, Text(s, "judge", path), Text(s, "entry", path), named);
        }).ToImmutableArray();

        var ledger = Object(export, "ledger", "");
        var head = Object(ledger, "head", "ledger");
        var records = Array(ledger, "events", "ledger").Select((r, i) => new LedgerRecord(
            Integer(r, "sequence", $"ledger.events[{i}]"),
            Object(r, "event", $"ledger.events[{i}]").GetRawText(),
            Text(r, "hash", $"ledger.events[{i}]"))).ToImmutableArray();
        return new ResultsExportContent(definition, scorecards, records, new LedgerHead(Integer(head, "sequence", "ledger.head"), Text(head, "hash", "ledger.head")));
    }

    private static StageDefinition Stage(JsonElement stage, string path)
    {
        var methodName = Text(stage, "method", path);
        if (!AggregationMethodNames.TryParse(methodName, out var method))
        {
            throw new ResultsExportFormatException(path + ".method", $"'{methodName}' is not trimmed-mean, mean, median or z-score");
        }

        var criteria = Array(stage, "criteria", path).Select((c, i) =>
        {
            var at = $"{path}.criteria[{i}]";
            return new Criterion(
                Text(c, "key", at),
                Text(c, "title", at),
                DecimalText(c, "max", at),
                DecimalText(c, "weight", at),
                DecimalText(c, "step", at),
                c.TryGetProperty("tieBreak", out _) ? (int)Integer(c, "tieBreak", at) : null);
        }).ToList();
        return new StageDefinition(
            Text(stage, "key", path),
            Text(stage, "title", path),
            criteria,
            [.. Array(stage, "judges", path).Select((j, i) => j.ValueKind == JsonValueKind.String ? j.GetString()! : throw new ResultsExportFormatException($"{path}.judges[{i}]", "a judge pseudonym (string) is expected"))])
        {
            Method = method,
            Drop = (int)Integer(stage, "drop", path),
            MinPanel = (int)Integer(stage, "minPanel", path),
            Advance = stage.TryGetProperty("advance", out _) ? (int)Integer(stage, "advance", path) : null,
            Weight = DecimalText(stage, "weight", path),
            Bands = Bands(stage, path),
        };
    }

    private static List<Band> Bands(JsonElement owner, string path) => [.. Array(owner, "bands", path).Select((b, i) =>
    {
        var at = $"{path}.bands[{i}]";
        return new Band(
            Text(b, "grade", at),
            b.TryGetProperty("topRanks", out _) ? (int)Integer(b, "topRanks", at) : null,
            b.TryGetProperty("minScore", out _) ? DecimalText(b, "minScore", at) : null);
    })];

    private static JsonElement Member(JsonElement owner, string name, string path, JsonValueKind kind)
    {
        var at = path.Length == 0 ? name : $"{path}.{name}";
        if (owner.ValueKind != JsonValueKind.Object)
        {
            throw new ResultsExportFormatException(path.Length == 0 ? "(document)" : path, "an object is expected");
        }

        if (!owner.TryGetProperty(name, out var value))
        {
            throw new ResultsExportFormatException(at, "is missing");
        }

        if (value.ValueKind != kind && !(kind == JsonValueKind.True && value.ValueKind == JsonValueKind.False))
        {
            throw new ResultsExportFormatException(at, $"a {kind.ToString().ToLowerInvariant()} is expected, found {value.ValueKind.ToString().ToLowerInvariant()}");
        }

        return value;
    }

    private static string Text(JsonElement owner, string name, string path) => Member(owner, name, path, JsonValueKind.String).GetString()!;

    private static bool Bool(JsonElement owner, string name, string path) => Member(owner, name, path, JsonValueKind.True).GetBoolean();

    private static JsonElement Object(JsonElement owner, string name, string path) => Member(owner, name, path, JsonValueKind.Object);

    private static JsonElement.ArrayEnumerator Array(JsonElement owner, string name, string path) => Member(owner, name, path, JsonValueKind.Array).EnumerateArray();

    private static long Integer(JsonElement owner, string name, string path)
    {
        var value = Member(owner, name, path, JsonValueKind.Number);
        return value.TryGetInt64(out var n) ? n : throw new ResultsExportFormatException($"{path}.{name}", $"a whole number is expected, found {value.GetRawText()}");
    }

    private static decimal DecimalText(JsonElement owner, string name, string path) => DecimalValue(Member(owner, name, path, JsonValueKind.String), $"{path}.{name}");

    private static decimal DecimalValue(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new ResultsExportFormatException(path, "a decimal string such as \"36.5\" is expected");
        }

        var text = value.GetString()!;
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new ResultsExportFormatException(path, $"'{text}' is not a decimal such as \"36.5\"");
    }
}
