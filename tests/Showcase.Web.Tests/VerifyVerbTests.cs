using System.Text.Json.Nodes;
using Shouldly;
using Showcase.Scoring;
using Showcase.Scoring.Export;
using Showcase.Scoring.Ledger;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>The <c>verify</c> verb of the real host on exports produced by Showcase.Scoring.</summary>
public sealed class VerifyVerbTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("showcase-verify-");

    [Fact]
    public async Task A_matching_export_verifies_and_prints_its_digest()
    {
        var export = Export();
        var path = Write("export.json", export);

        var (exitCode, output) = await ShowcaseProcess.RunVerbAsync(_folder.FullName, ["verify", path]);

        exitCode.ShouldBe(0, output);
        output.ShouldContain($"verified: {ResultsExport.Digest(export)}");
    }

    [Fact]
    public async Task A_changed_score_fails_and_names_entry_field_expected_and_found()
    {
        var export = Export();
        var card = export["scores"]!.AsArray().First(s => s!["entry"]!.GetValue<string>() == "E2" && s["judge"]!.GetValue<string>() == "J01")!;
        card["scores"]!["overall"] = "100";
        var path = Write("changed.json", export);

        var (exitCode, output) = await ShowcaseProcess.RunVerbAsync(_folder.FullName, ["verify", path]);

        exitCode.ShouldNotBe(0);
        output.ShouldContain("results differ: entry E2, field score: expected 86.67, found 80.00");
    }

    [Fact]
    public async Task A_tampered_ledger_event_fails_and_names_the_event()
    {
        var export = Export();
        export["ledger"]!["events"]![3]!["event"]!["scores"]!["overall"] = "99";
        var path = Write("tampered.json", export);

        var (exitCode, output) = await ShowcaseProcess.RunVerbAsync(_folder.FullName, ["verify", path]);

        exitCode.ShouldNotBe(0);
        output.ShouldContain("ledger event 4 is broken");
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var (exitCode, output) = await ShowcaseProcess.RunVerbAsync(_folder.FullName, ["verify", Path.Combine(_folder.FullName, "nope.json")]);

        exitCode.ShouldBe(2);
        output.ShouldContain("No file");
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, JsonObject export)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, ResultsExport.ToJson(export));
        return path;
    }

    /// <summary>Three judges score three entries (mean); E2 gets 80, 75, 85 (80.00), so raising J01's 80 to 100 makes 86.67.</summary>
    private static JsonObject Export()
    {
        var stage = new StageDefinition("final", "终评", [new Criterion("overall", "总分", 100)], ["zhang", "li", "wang"]) { Method = AggregationMethod.Mean };
        var round = new RoundDefinition("R", "Round", [stage], [new("E1"), new("E2"), new("E3")]);
        decimal[][] scores = [[90, 88, 92], [80, 75, 85], [70, 72.5m, 71]];
        var cards = new List<Scorecard>();
        var judgesByPseudonym = new[] { "li", "wang", "zhang" };
        for (var e = 0; e < 3; e++)
        {
            for (var j = 0; j < 3; j++)
            {
                cards.Add(new Scorecard("final", judgesByPseudonym[j], $"E{e + 1}", [scores[e][j]]));
            }
        }

        var pseudonyms = ResultsExport.DefaultPseudonyms(round);
        var at = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var ledger = ScoreLedger.Chain(cards.Select((c, i) => LedgerEvent.ForScorecard(i + 1, LedgerEventKind.Submit, stage, c, at.AddMinutes(i), pseudonyms[c.Judge])));
        return ResultsExport.Create(RoundTally.Create(round, cards), ledger);
    }
}
