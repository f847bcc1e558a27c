using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Evaluations.Data;
using Showcase.Scoring.Export;
using Showcase.Testing;

namespace Showcase.Evaluations.Tests;

/// <summary>
/// The cases SCORING.md's digits depend on, each loaded by the <c>rounds</c> recipe step, written by the
/// <c>export results</c> verb and recomputed by <c>verify</c>'s check; the expected figures are worked out by hand from
/// the rules.
/// </summary>
public sealed class ResultsThroughExportTests(EvaluationsFixture fixture) : IClassFixture<EvaluationsFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("showcase-export-");

    private EvaluationsHost Host => fixture.Host;

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Loads the recipe, exports with the verb, verifies the file; returns the results lines "entry status score rank position tied grade boundary n".</summary>
    private async Task<List<string>> ExportAndVerifyAsync(EvaluationsHost host, string recipe, string code)
    {
        await host.RunRecipeAsync(recipe);
        var file = Path.Combine(_folder.FullName, code + ".json");
        var (exit, output, error) = await host.RunVerbAsync("export", "results", code, "--out", file);
        exit.ShouldBe(0, error);
        output.ShouldContain("digest ");

        var json = await File.ReadAllTextAsync(file);
        var verification = ResultsVerification.Verify(json);
        verification.IsVerified.ShouldBeTrue(verification.ToString());
        var export = JsonNode.Parse(json)!;
        verification.Digest.ShouldBe(ResultsExport.Digest(export));
        return [.. export["results"]!.AsArray().Select(r =>
            $"{r!["entry"]} {r["status"]} {r["score"]} r{r["rank"]} p{r["position"]} {(r["tied"]!.GetValue<bool>() ? "tied" : "-")} {r["grade"]} {(r["boundaryTie"]!.GetValue<bool>() ? "boundary" : "-")} n{r["judgeCount"]}")];
    }

    [Fact]
    public async Task The_worked_example_with_an_implied_conflict_and_a_short_panel_verifies()
    {
        var lines = await ExportAndVerifyAsync(Host, RoundRecipes.WorkedExample("x-worked"), "x-worked");

        lines.ShouldBe([
            "E3 RANKED 90.00 r1 p1 - TOP2 - n5",
            "E1 RANKED 90.00 r2 p2 - TOP2 - n5",
            "E2 RANKED 89.67 r3 p3 - A - n5",
            "E4 INSUFFICIENT_PANEL  r0 p4 - " + " - n4",
        ]);
    }

    [Fact]
    public async Task Half_a_cent_rounds_away_from_zero_and_the_median_of_an_even_panel_is_the_mean_of_the_middle_two()
    {
        // mean: (90 + 89.5 + 89.5 + 89.5) / 4 = 89.625 → 89.63 (half away from zero; banker's rounding would give 89.62).
        // median: 80, 85, 90, 70 → (80 + 85) / 2 = 82.50.
        var recipe = RoundRecipes.Recipe($$"""
            { "code": "x-round", "title": "rounding", "year": 2021, "state": "CLOSED",
              "stages": [ { "key": "final", "title": "终评", "method": "mean",
                            "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j1", "j5", "j6", "j8"] } ],
              "entries": [ { "code": "E1", "brand": "B1" } ],
              "scores": [ {{RoundRecipes.Single("final", "E1", ("j1", 90), ("j5", 89.5m), ("j6", 89.5m), ("j8", 89.5m))}} ] },
            { "code": "x-median", "title": "median", "year": 2021, "state": "CLOSED",
              "stages": [ { "key": "final", "title": "终评", "method": "median",
                            "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j1", "j5", "j6", "j8"] } ],
              "entries": [ { "code": "E1", "brand": "B1" } ],
              "scores": [ {{RoundRecipes.Single("final", "E1", ("j1", 80), ("j5", 85), ("j6", 90), ("j8", 70))}} ] }
            """);

        (await ExportAndVerifyAsync(Host, recipe, "x-round")).ShouldBe(["E1 RANKED 89.63 r1 p1 -  - n4"]);
        (await ExportAndVerifyAsync(Host, recipe, "x-median")).ShouldBe(["E1 RANKED 82.50 r1 p1 -  - n4"]);
    }

    [Fact]
    public async Task Two_weighted_stages_with_a_tie_at_the_advance_cut_take_both_tied_entries_on()
    {
        // prelim (weight 0.4, advance 2): E1 90, E2 85, E3 85 (tied at the cut: both go on), E4 80 (eliminated).
        // final (weight 0.6): E1 80, E2 90, E3 88. R = 0.4·F1 + 0.6·F2: E1 84.00, E2 88.00, E3 86.80.
        var recipe = RoundRecipes.Recipe($$"""
            { "code": "x-stages", "title": "two stages", "year": 2021, "state": "CLOSED",
              "stages": [
                { "key": "prelim", "title": "初评", "method": "mean", "weight": 0.4, "advance": 2,
                  "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j1", "j5"] },
                { "key": "final", "title": "终评", "method": "mean", "weight": 0.6,
                  "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j6", "j8"] } ],
              "bands": [ { "grade": "TOP2", "topRanks": 2 }, { "grade": "B" } ],
              "entries": [ { "code": "E1", "brand": "B1" }, { "code": "E2", "brand": "B2" }, { "code": "E3", "brand": "B3" }, { "code": "E4", "brand": "B4" } ],
              "scores": [
                {{RoundRecipes.Single("prelim", "E1", ("j1", 90), ("j5", 90))}}, {{RoundRecipes.Single("prelim", "E2", ("j1", 85), ("j5", 85))}},
                {{RoundRecipes.Single("prelim", "E3", ("j1", 85), ("j5", 85))}}, {{RoundRecipes.Single("prelim", "E4", ("j1", 80), ("j5", 80))}},
                {{RoundRecipes.Single("final", "E1", ("j6", 80), ("j8", 80))}}, {{RoundRecipes.Single("final", "E2", ("j6", 90), ("j8", 90))}},
                {{RoundRecipes.Single("final", "E3", ("j6", 88), ("j8", 88))}} ] }
            """);

        (await ExportAndVerifyAsync(Host, recipe, "x-stages")).ShouldBe([
            "E2 RANKED 88.00 r1 p1 - TOP2 - n2",
            "E3 RANKED 86.80 r2 p2 - TOP2 - n2",
            "E1 RANKED 84.00 r3 p3 - B - n2",
            "E4 ELIMINATED 80.00 r4 p4 -  - n2",
        ]);
    }

    [Fact]
    public async Task A_z_score_stage_with_a_withdrawn_entry_verifies_and_ranks_the_harsh_judges_favourite_fairly()
    {
        // j1 gives everyone 10 points less than j5: z-scores remove the offset, so E1 and E2 keep j5's order.
        var recipe = RoundRecipes.Recipe($$"""
            { "code": "x-z", "title": "z-score", "year": 2021, "state": "CLOSED",
              "stages": [ { "key": "final", "title": "终评", "method": "z-score",
                            "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j1", "j5"] } ],
              "entries": [ { "code": "E1", "brand": "B1" }, { "code": "E2", "brand": "B2" }, { "code": "E3", "brand": "B3" }, { "code": "E4", "brand": "B4", "withdrawn": true } ],
              "scores": [
                {{RoundRecipes.Single("final", "E1", ("j1", 80), ("j5", 90))}}, {{RoundRecipes.Single("final", "E2", ("j1", 70), ("j5", 80))}},
                {{RoundRecipes.Single("final", "E3", ("j1", 75), ("j5", 85))}} ] }
            """);

        var lines = await ExportAndVerifyAsync(Host, recipe, "x-z");

        // Each judge's totals have μ_j ± 5 around their own mean (σ_j = √(50/3)), so Z = +1.2247, 0, −1.2247 for E1, E3, E2.
        // All six totals: μ = 80, σ = √(250/6) = 6.45497. A = 80 + 6.45497 · 1.22474 = 87.9057 → 87.91; E2 72.0943 → 72.09.
        lines.ShouldBe([
            "E1 RANKED 87.91 r1 p1 -  - n2",
            "E3 RANKED 80.00 r2 p2 -  - n2",
            "E2 RANKED 72.09 r3 p3 -  - n2",
            "E4 WITHDRAWN  r0 p4 -  - n0",
        ]);
    }

    [Fact]
    public async Task A_row_edited_in_the_database_is_named_by_ledger_verify()
    {
        await Host.RunRecipeAsync(RoundRecipes.WorkedExample("x-tamper"));
        (await Host.RunVerbAsync("ledger", "verify", "x-tamper")).Exit.ShouldBe(0);

        await Host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EvaluationsDbContext>();
            var roundId = await db.Rounds.Where(r => r.Code == "x-tamper").Select(r => r.Id).SingleAsync();
            var row = await db.Ledger.SingleAsync(l => l.RoundId == roundId && l.Sequence == 7);
            row.EventJson = row.EventJson.Replace("\"effect\":\"36\"", "\"effect\":\"40\"", StringComparison.Ordinal);
            await db.SaveChangesAsync();
        });
        var (exit, _, error) = await Host.RunVerbAsync("ledger", "verify", "x-tamper");

        exit.ShouldBe(1);
        error.ShouldContain("ledger event 7 is broken: hash expected");
    }

    [SkippableFact]
    public async Task On_postgres_a_recipe_exports_results_that_verify()
    {
        Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, TemporaryPostgresDatabase.SkipReason);
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var host = await EvaluationsHost.StartOnPostgresAsync(database);

        var lines = await ExportAndVerifyAsync(host, RoundRecipes.WorkedExample("pg-worked", state: "FINAL"), "pg-worked");

        lines[0].ShouldBe("E3 RANKED 90.00 r1 p1 - TOP2 - n5");
        lines[2].ShouldBe("E2 RANKED 89.67 r3 p3 - A - n5");
        var burst = await host.InScopeAsync(sp => sp.GetRequiredService<Services.ResultsService>().VerifyLedgerAsync("pg-worked"));
        burst.IsIntact.ShouldBeTrue();
    }
}
