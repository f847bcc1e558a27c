using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Recipes;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Scoring;

namespace Showcase.Evaluations.Tests;

public sealed class EvaluationsFixture : IAsyncLifetime
{
    public EvaluationsHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await EvaluationsHost.StartAsync();

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}

public sealed class RoundsRecipeStepTests(EvaluationsFixture fixture) : IClassFixture<EvaluationsFixture>
{
    private EvaluationsHost Host => fixture.Host;

    private Task<RoundResults> ResultsAsync(string code) =>
        Host.InScopeAsync(sp => sp.GetRequiredService<ResultsService>().GetAsync(code));

    private Task<(int Rounds, int Scorecards, int Ledger)> CountsAsync(string code) => Host.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<EvaluationsDbContext>();
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code);
        return round is null
            ? (0, 0, 0)
            : (1, await db.Scorecards.CountAsync(s => s.RoundId == round.Id), await db.Ledger.CountAsync(l => l.RoundId == round.Id));
    });

    [Fact]
    public async Task The_worked_example_ranks_by_score_then_tie_break_with_implied_conflicts_and_a_short_panel()
    {
        await Host.RunRecipeAsync(RoundRecipes.WorkedExample("we-1"));
        var results = await ResultsAsync("we-1");

        var lines = results.Standings.Entries.Select(s => $"{s.EntryCode} {s.Status.ToExportName()} {s.ScoreText} r{s.Rank} p{s.Position} {s.Grade} n{s.JudgeCount}").ToList();
        lines.ShouldBe([
            "E3 RANKED 90.00 r1 p1 TOP2 n5",
            "E1 RANKED 90.00 r2 p2 TOP2 n5",
            "E2 RANKED 89.67 r3 p3 A n5",
            "E4 INSUFFICIENT_PANEL  r0 p4  n4",
        ]);
        results.Snapshot.Conflicts.Where(c => c.Source == ConflictSource.Implied).Select(c => $"{c.Judge}×{c.EntryCode}").Order().ShouldBe(["j2×E1", "j2×E2"]);
    }

    [Fact]
    public async Task Running_the_same_recipe_twice_leaves_one_round_and_writes_no_second_ledger_event()
    {
        await Host.RunRecipeAsync(RoundRecipes.WorkedExample("we-twice"));
        var first = await CountsAsync("we-twice");
        var head = (await ResultsAsync("we-twice")).LedgerHash;
        await Host.RunRecipeAsync(RoundRecipes.WorkedExample("we-twice"));

        (await CountsAsync("we-twice")).ShouldBe(first);
        first.Ledger.ShouldBe(19);
        (await ResultsAsync("we-twice")).LedgerHash.ShouldBe(head);
    }

    [Fact]
    public async Task A_later_run_amends_a_changed_score_and_withdraws_one_no_longer_listed()
    {
        await Host.RunRecipeAsync(RoundRecipes.WorkedExample("we-later", extraScores: "," + RoundRecipes.Scores("final", "E4", ("j9", 32, 32, 16))));
        (await ResultsAsync("we-later")).Standings["E4"].Status.ShouldBe(StandingStatus.Ranked);

        await Host.RunRecipeAsync(RoundRecipes.WorkedExample("we-later"));

        var results = await ResultsAsync("we-later");
        results.Standings["E4"].Status.ShouldBe(StandingStatus.InsufficientPanel);
        results.LedgerSequence.ShouldBe(21);
        var last = await Host.InScopeAsync(sp => sp.GetRequiredService<EvaluationsDbContext>().Ledger.AsNoTracking()
            .Where(l => l.Sequence == 21 && l.RoundId == results.Snapshot.Round.Id).Select(l => l.EventJson).SingleAsync());
        last.ShouldContain("\"kind\":\"withdraw\"");
    }

    [Fact]
    public async Task An_entry_is_entered_withdrawn_or_accepted_as_the_recipe_says_and_a_later_run_changes_only_what_it_lists_differently()
    {
        static string Round(string e2, string e3) => RoundRecipes.Recipe($$"""
            { "code": "we-status", "title": "entries", "year": 2026,
              "stages": [ { "key": "final", "title": "终评", "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j1"] } ],
              "entries": [ { "code": "E1", "brand": "B1" }, { "code": "E2", "brand": "B2"{{e2}} }, { "code": "E3", "brand": "B3"{{e3}} } ] }
            """);
        Task<List<string>> StatusesAsync() => Host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EvaluationsDbContext>();
            var round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Code == "we-status");
            var entries = await db.Entries.AsNoTracking().Where(e => e.RoundId == round.Id).OrderBy(e => e.Code).ToListAsync();
            return entries.Select(e => $"{e.Code} {e.Status}").ToList();
        });

        await Host.RunRecipeAsync(Round("", """, "withdrawn": true"""));
        (await StatusesAsync()).ShouldBe(["E1 Accepted", "E2 Accepted", "E3 Withdrawn"]);

        await Host.RunRecipeAsync(Round(""", "withdrawn": true""", ""));
        (await StatusesAsync()).ShouldBe(["E1 Accepted", "E2 Withdrawn", "E3 Accepted"]);
    }

    [Theory]
    [InlineData("""{ "innovation": 41, "effect": 30, "spread": 10 }""", "$.steps[0].rounds[0].scores[19].criteria.innovation", "41 is above the maximum 40")]
    [InlineData("""{ "innovation": 30, "effect": 30.3, "spread": 10 }""", "$.steps[0].rounds[0].scores[19].criteria.effect", "30.3 is not a whole multiple of the step 0.5")]
    [InlineData("""{ "innovation": 30, "effect": -1, "spread": 10 }""", "$.steps[0].rounds[0].scores[19].criteria.effect", "-1 is below zero")]
    [InlineData("""{ "innovation": 30, "effect": 30 }""", "$.steps[0].rounds[0].scores[19].criteria", "'spread' has no score")]
    [InlineData("""{ "innovation": 30, "effect": 30, "spread": 10, "charm": 5 }""", "$.steps[0].rounds[0].scores[19].criteria.charm", "names no criterion")]
    public async Task A_bad_score_names_its_criterion_path_and_nothing_is_written(string criteria, string path, string message)
    {
        var bad = $$""", { "stage": "final", "judge": "j9", "entry": "E4", "criteria": {{criteria}} }""";
        var error = await Should.ThrowAsync<RecipeException>(() => Host.RunRecipeAsync(RoundRecipes.WorkedExample("we-bad", extraScores: bad)));

        error.Path.ShouldBe(path);
        error.Reason.ShouldContain(message);
        (await CountsAsync("we-bad")).ShouldBe((0, 0, 0));
    }

    [Theory]
    [InlineData("""{ "stage": "final", "judge": "j3", "entry": "E4", "criteria": { "innovation": 30, "effect": 30, "spread": 10 } }""", "$.steps[0].rounds[0].scores[19].judge", "not listed for stage 'final'")]
    [InlineData("""{ "stage": "prelim", "judge": "j9", "entry": "E4", "criteria": { "innovation": 30, "effect": 30, "spread": 10 } }""", "$.steps[0].rounds[0].scores[19].stage", "not a stage")]
    [InlineData("""{ "stage": "final", "judge": "j9", "entry": "E9", "criteria": { "innovation": 30, "effect": 30, "spread": 10 } }""", "$.steps[0].rounds[0].scores[19].entry", "not an entry")]
    [InlineData("""{ "stage": "final", "judge": "j1", "entry": "E1", "criteria": { "innovation": 30, "effect": 30, "spread": 10 } }""", "$.steps[0].rounds[0].scores[19]", "a second score for judge 'j1', entry 'E1'")]
    [InlineData("""{ "stage": "final", "judge": "j2", "entry": "E1", "criteria": { "innovation": 30, "effect": 30, "spread": 10 } }""", "$.steps[0].rounds[0].scores[19].judge", "has a conflict with entry 'E1' (implied")]
    [InlineData("""{ "stage": "final", "judge": "j9", "entry": "E4", "criteria": { "innovation": 30, "effect": 30, "spread": 10 }, "colour": "red" }""", "$.steps[0].rounds[0].scores[19].colour", "unknown field")]
    public async Task A_score_that_breaks_a_rule_of_the_round_is_an_error_with_its_path(string score, string path, string message)
    {
        var error = await Should.ThrowAsync<RecipeException>(() => Host.RunRecipeAsync(RoundRecipes.WorkedExample("we-rule", extraScores: "," + score)));

        error.Path.ShouldBe(path);
        error.Reason.ShouldContain(message);
        (await CountsAsync("we-rule")).ShouldBe((0, 0, 0));
    }

    [Fact]
    public async Task A_score_from_a_judge_with_a_listed_conflict_is_an_error()
    {
        var error = await Should.ThrowAsync<RecipeException>(() => Host.RunRecipeAsync(RoundRecipes.WorkedExample("we-listed",
            decisions: """, "conflicts": [ { "judge": "j9", "entry": "E3", "reason": "same street" } ]""")));

        error.Path.ShouldBe("$.steps[0].rounds[0].scores[9].judge");
        error.Reason.ShouldContain("conflicts[0]");
    }

    [Fact]
    public async Task An_entry_whose_brand_is_not_published_is_an_error_at_its_brand()
    {
        var error = await Should.ThrowAsync<RecipeException>(() => Host.RunRecipeAsync(RoundRecipes.Recipe($$"""
            { "code": "nobrand", "title": "t", "year": 2021,
              "stages": [ { "key": "final", "title": "终评", "criteria": {{RoundRecipes.Criteria}}, "judges": ["j1"] } ],
              "entries": [ { "code": "E1", "brand": "B1" }, { "code": "E2", "brand": "NOPE" } ] }
            """)));

        error.Path.ShouldBe("$.steps[0].rounds[0].entries[1].brand");
        error.Reason.ShouldContain("BRAND_NOT_PUBLISHED");
        (await CountsAsync("nobrand")).Rounds.ShouldBe(0);
    }

    [Fact]
    public async Task Final_with_a_boundary_tie_is_an_error_until_a_decision_orders_the_tied_entries()
    {
        // E1 and E3 tie on every figure when E3 copies E1's scorecards; a TOP1 band then ends inside the tie at rank 1.
        var tie = "," + RoundRecipes.Scores("final", "E3", ("j1", 36, 34, 18), ("j5", 37, 36, 19), ("j6", 36, 36, 18), ("j8", 34, 34, 17), ("j9", 36, 40, 19));
        string Recipe(string state, string decisions) => RoundRecipes.WorkedExample("we-tie", state, "", decisions)
            .Replace(RoundRecipes.Scores("final", "E3", ("j1", 37, 33, 18), ("j5", 37, 36, 19), ("j6", 37, 35, 18), ("j8", 35, 33, 17), ("j9", 36, 40, 19)) + ",", "", StringComparison.Ordinal)
            .Replace("\"scores\": [", "\"scores\": [" + tie[1..] + ",", StringComparison.Ordinal)
            .Replace("{ \"grade\": \"TOP2\", \"topRanks\": 2 }", "{ \"grade\": \"TOP1\", \"topRanks\": 1 }", StringComparison.Ordinal);

        var refused = await Should.ThrowAsync<RecipeException>(() => Host.RunRecipeAsync(Recipe("FINAL", "")));
        refused.Path.ShouldBe("$.steps[0].rounds[0].state");
        refused.Reason.ShouldContain("UNRESOLVED_BOUNDARY_TIE");

        var wrong = await Should.ThrowAsync<RecipeException>(() => Host.RunRecipeAsync(Recipe("FINAL", """, "decisions": [ { "band": "TOP1", "order": ["E1", "E2"], "reason": "vote" } ]""")));
        wrong.Path.ShouldBe("$.steps[0].rounds[0].decisions[0]");
        wrong.Reason.ShouldContain("INVALID_DECISION");

        await Host.RunRecipeAsync(Recipe("FINAL", """, "decisions": [ { "band": "TOP1", "order": ["E3", "E1"], "reason": "run-off vote" } ]"""));
        var results = await ResultsAsync("we-tie");
        results.State.ShouldBe(RoundState.Final);
        var lines = results.Standings.Entries.Take(2).Select(s => $"{s.EntryCode} r{s.Rank} tied={s.Tied} boundary={s.BoundaryTie} {s.Grade}").ToList();
        lines.ShouldBe(["E3 r1 tied=False boundary=True TOP1", "E1 r2 tied=False boundary=True A"]);
        (await Host.InScopeAsync(sp => sp.GetRequiredService<ResultsService>().PublishedAsync("we-tie")))!.State.ShouldBe(RoundState.Final);
    }

    [Fact]
    public async Task A_schedule_out_of_order_is_an_error_at_the_field()
    {
        var error = await Should.ThrowAsync<RecipeException>(() => Host.RunRecipeAsync(RoundRecipes.Recipe($$"""
            { "code": "sched", "title": "t", "year": 2021,
              "stages": [ { "key": "final", "title": "终评", "criteria": {{RoundRecipes.Criteria}}, "judges": ["j1"] } ],
              "schedule": { "scoringOpen": "2030-03-01T09:00:00+08:00", "scoringClose": "2030-02-01T09:00:00+08:00" } }
            """)));

        error.Path.ShouldBe("$.steps[0].rounds[0].schedule.scoringClose");
    }
}
