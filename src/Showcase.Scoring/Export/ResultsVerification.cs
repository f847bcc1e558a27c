using System.Text.Json;
using System.Text.Json.Nodes;
using Showcase.Scoring.Canonical;
using Showcase.Scoring.Ledger;

namespace Showcase.Scoring.Export;

/// <summary>
/// <c>verify</c>: recomputes a published export with the rules and compares. The ledger chain is checked first, then
/// every result field by field in position order; the first difference is reported.
/// </summary>
public static class ResultsVerification
{
    public static VerificationResult Verify(string exportJson)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(exportJson);
        }
        catch (JsonException e)
        {
            return VerificationResult.Failed("the export is not JSON: " + e.Message);
        }

        using (document)
        {
            var export = document.RootElement;
            ResultsExportContent content;
            try
            {
                content = ResultsExportContent.Read(export);
            }
            catch (ScoringException e)
            {
                return VerificationResult.Failed(e.Message);
            }

            var ledger = ScoreLedger.Verify(content.Ledger, content.LedgerHead);
            if (!ledger.IsIntact)
            {
                return new VerificationResult(null, null, ledger.Break, null);
            }

            RoundStandings standings;
            try
            {
                standings = RoundCalculator.Calculate(content.Round, content.Scorecards);
            }
            catch (ScoringException e)
            {
                return VerificationResult.Failed(e.Message);
            }

            if (!export.TryGetProperty("results", out var found) || found.ValueKind != JsonValueKind.Array)
            {
                return VerificationResult.Failed("results: an array is expected");
            }

            var difference = FirstDifference(ResultsExport.Results(standings), found);
            if (difference is not null)
            {
                return new VerificationResult(null, difference, null, null);
            }

            string digest;
            try
            {
                digest = ResultsExport.Digest(export);
            }
            catch (FormatException e)
            {
                return VerificationResult.Failed("the export cannot be canonicalized: " + e.Message);
            }

            return new VerificationResult(digest, null, null, null);
        }
    }

    private static ResultDifference? FirstDifference(JsonArray expected, JsonElement found)
    {
        var foundByEntry = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var result in found.EnumerateArray())
        {
            if (result.ValueKind == JsonValueKind.Object && result.TryGetProperty("entry", out var entry) && entry.ValueKind == JsonValueKind.String)
            {
                foundByEntry.TryAdd(entry.GetString()!, result);
            }
        }

        foreach (var node in expected)
        {
            var result = node!.AsObject();
            var entry = result["entry"]!.GetValue<string>();
            if (!foundByEntry.Remove(entry, out var actual))
            {
                return new ResultDifference(entry, "entry", "a result for the entry", "none");
            }

            foreach (var (field, value) in result)
            {
                if (field == "stages")
                {
                    var stageDifference = StagesDifference(entry, value!.AsArray(), actual);
                    if (stageDifference is not null)
                    {
                        return stageDifference;
                    }

                    continue;
                }

                var difference = Compare(entry, field, value, actual);
                if (difference is not null)
                {
                    return difference;
                }
            }
        }

        foreach (var extra in foundByEntry.Keys.Order(StringComparer.Ordinal))
        {
            return new ResultDifference(extra, "entry", "no result (not an entry of the round)", "a result");
        }

        return null;
    }

    private static ResultDifference? StagesDifference(string entry, JsonArray expected, JsonElement actual)
    {
        if (!actual.TryGetProperty("stages", out var stages) || stages.ValueKind != JsonValueKind.Array)
        {
            return new ResultDifference(entry, "stages", Show(expected), "none");
        }

        var found = stages.EnumerateArray().ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            var stage = expected[i]!.AsObject();
            var key = stage["stage"]!.GetValue<string>();
            if (i >= found.Count)
            {
                return new ResultDifference(entry, $"stages[{key}]", Show(stage), "none");
            }

            foreach (var (field, value) in stage)
            {
                var difference = Compare(entry, $"stages[{key}].{field}", value, found[i], field);
                if (difference is not null)
                {
                    return difference;
                }
            }
        }

        return found.Count > expected.Count
            ? new ResultDifference(entry, $"stages[{expected.Count}]", "none", JsonCanonicalizer.CanonicalText(found[expected.Count]))
            : null;
    }

    private static ResultDifference? Compare(string entry, string field, JsonNode? expected, JsonElement actualOwner, string? member = null)
    {
        var expectedElement = JsonSerializer.SerializeToElement(expected);
        if (actualOwner.ValueKind != JsonValueKind.Object || !actualOwner.TryGetProperty(member ?? field, out var actual))
        {
            return new ResultDifference(entry, field, Show(expectedElement), "none");
        }

        // Compared in canonical form, so "3" and 3 differ; shown without quotes for people.
        return JsonCanonicalizer.CanonicalText(expectedElement) == JsonCanonicalizer.CanonicalText(actual)
            ? null
            : new ResultDifference(entry, field, Show(expectedElement), Show(actual));
    }

    private static string Show(JsonNode? node) => node is null ? "null" : Show(JsonSerializer.SerializeToElement(node));

    private static string Show(JsonElement element) => element.ValueKind == JsonValueKind.String
        ? element.GetString()!
        : JsonCanonicalizer.CanonicalText(element);
}

/// <summary>What <c>verify</c> found: the digest when everything matches, else the first difference, ledger break or problem.</summary>
public sealed record VerificationResult(string? Digest, ResultDifference? Difference, LedgerBreak? LedgerBreak, string? Problem)
{
    public bool IsVerified => Digest is not null;

    internal static VerificationResult Failed(string problem) => new(null, null, null, problem);

    /// <summary>One line for people: <c>verified: &lt;digest&gt;</c>, or what differs.</summary>
    public override string ToString() =>
        Digest is not null ? $"verified: {Digest}"
        : Difference is not null ? Difference.ToString()
        : LedgerBreak is not null ? LedgerBreak.ToString()
        : $"cannot verify: {Problem}";
}

/// <summary>The first result that does not recompute: the entry, the field, what the rules give and what the export says.</summary>
public sealed record ResultDifference(string Entry, string Field, string Expected, string Found)
{
    public override string ToString() => $"results differ: entry {Entry}, field {Field}: expected {Expected}, found {Found}";
}
