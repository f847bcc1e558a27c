using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Scoring;

namespace Showcase.Evaluations.Tests;

public sealed class ScorecardSubmissionTests(EvaluationsFixture fixture) : IClassFixture<EvaluationsFixture>
{
    private static readonly Dictionary<string, decimal> Good = new() { ["innovation"] = 36.5m, ["effect"] = 35, ["spread"] = 18 };

    private static readonly string[] PanelJudges = ["j1", "j5", "j6", "j8", "j9"];

    private EvaluationsHost Host => fixture.Host;

    /// <summary>A round in SCORING (stage final open) with the worked example's scores, E4 still short of a panel.</summary>
    private async Task<string> LiveRoundAsync(string code)
    {
        await Host.RunRecipeAsync(RoundRecipes.WorkedExample(code, state: "SCORING"));
        return code;
    }

    private Task<SubmissionResult> SubmitAsync(ScorecardSubmission submission) =>
        Host.InScopeAsync(sp => sp.GetRequiredService<ScorecardService>().SubmitAsync(submission));

    private Task<(int Submitted, long Ledger, int Receipts)> StoredAsync(string code) => Host.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<EvaluationsDbContext>();
        var round = await db.Rounds.AsNoTracking().SingleAsync(r => r.Code == code);
        return (await db.Scorecards.CountAsync(s => s.RoundId == round.Id && s.SubmittedJson != null),
            await db.Ledger.LongCountAsync(l => l.RoundId == round.Id),
            await db.Receipts.CountAsync(r => r.RoundId == round.Id));
    });

    [Fact]
    public async Task A_submission_is_stored_with_its_ledger_event_and_a_replay_with_the_same_key_stores_nothing_more()
    {
        var code = await LiveRoundAsync("sub-ok");
        var before = await StoredAsync(code);

        var first = await SubmitAsync(new ScorecardSubmission(code, "final", "E4", "j9", Good, "key-1"));
        var replay = await SubmitAsync(new ScorecardSubmission(code, "final", "E4", "j9", new Dictionary<string, decimal> { ["innovation"] = 36.50m, ["effect"] = 35.0m, ["spread"] = 18 }, "key-1"));
        var after = await StoredAsync(code);

        first.ShouldBe(new SubmissionResult(SubmissionOutcome.Stored, "submit", 1, before.Ledger + 1));
        replay.ShouldBe(first with { Outcome = SubmissionOutcome.Replayed });
        after.ShouldBe((before.Submitted + 1, before.Ledger + 1, before.Receipts + 1));
        var results = await Host.InScopeAsync(sp => sp.GetRequiredService<IStandingsReader>().GetAsync(code));
        results!.Standings["E4"].Status.ShouldBe(StandingStatus.Ranked);
        results.Progress.Single().Entries.Single(e => e.Entry == "E4").ShouldBe(new EntryProgress("E4", 6, 5), "j2 is conflicted only with the GC entries");
    }

    [Fact]
    public async Task An_amendment_replaces_the_scorecard_and_is_a_second_ledger_event()
    {
        var code = await LiveRoundAsync("sub-amend");
        await SubmitAsync(new ScorecardSubmission(code, "final", "E4", "j9", Good, "a-1"));
        var amended = await SubmitAsync(new ScorecardSubmission(code, "final", "E4", "j9", new Dictionary<string, decimal>(Good) { ["spread"] = 20 }, "a-2"));

        amended.Kind.ShouldBe("amend");
        amended.Revision.ShouldBe(2);
        var results = await Host.InScopeAsync(sp => sp.GetRequiredService<ResultsService>().VerifyLedgerAsync(code));
        results.IsIntact.ShouldBeTrue();
        results.Head!.Sequence.ShouldBe(amended.LedgerSequence);
    }

    public static TheoryData<string, string, string, Dictionary<string, decimal>, string, string> Refusals => new()
    {
        { "off range", "E4", "j9", new() { ["innovation"] = 41, ["effect"] = 35, ["spread"] = 18 }, RefusalReasons.AboveMaximum, "innovation = 41 is above the maximum" },
        { "off step", "E4", "j9", new() { ["innovation"] = 36.3m, ["effect"] = 35, ["spread"] = 18 }, RefusalReasons.OffStep, "innovation = 36.3 is not a whole multiple of the step" },
        { "missing", "E4", "j9", new() { ["innovation"] = 36, ["effect"] = 35 }, RefusalReasons.MissingCriterion, "criterion 'spread' has no score" },
        { "unknown", "E4", "j9", new() { ["innovation"] = 36, ["effect"] = 35, ["spread"] = 18, ["charm"] = 3 }, RefusalReasons.UnknownCriterion, "'charm'" },
        { "conflicted", "E1", "j2", Good, RefusalReasons.ConflictedJudge, "judge 'j2' has a conflict with entry 'E1'" },
        { "not on the panel", "E4", "j3", Good, RefusalReasons.NotAssigned, "judge 'j3' is not listed for the stage" },
        { "not an entry", "E9", "j9", Good, RefusalReasons.EntryNotFound, "Entry 'E9'" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_scorecard_is_refused_naming_what_is_wrong_and_nothing_is_stored(string why, string entry, string judge, Dictionary<string, decimal> scores, string reason, string message)
    {
        var code = await LiveRoundAsync("sub-bad-" + why.Replace(' ', '-'));
        var before = await StoredAsync(code);

        var refused = await Should.ThrowAsync<ScorecardRefusedException>(() => SubmitAsync(new ScorecardSubmission(code, "final", entry, judge, scores, "bad-" + why)));

        refused.Reason.ShouldBe(reason);
        refused.Message.ShouldContain(message);
        (await StoredAsync(code)).ShouldBe(before);
        (await Host.InScopeAsync(sp => sp.GetRequiredService<ResultsService>().VerifyLedgerAsync(code))).Head!.Sequence.ShouldBe(before.Ledger);
    }

    [Fact]
    public async Task A_scorecard_for_an_entry_that_did_not_reach_the_open_stage_is_refused_and_nothing_is_stored()
    {
        // prelim (advance 2): E1 90, E2 85, E3 80 — E3 stops there. final is open (it has scores), every judge on its panel.
        await Host.RunRecipeAsync(RoundRecipes.Recipe($$"""
            { "code": "sub-reach", "title": "two stages", "year": 2021, "state": "SCORING",
              "stages": [
                { "key": "prelim", "title": "初评", "method": "mean", "advance": 2,
                  "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j1", "j5"] },
                { "key": "final", "title": "终评", "method": "mean",
                  "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j6", "j8"] } ],
              "entries": [ { "code": "E1", "brand": "B1" }, { "code": "E2", "brand": "B2" }, { "code": "E3", "brand": "B3" } ],
              "scores": [
                {{RoundRecipes.Single("prelim", "E1", ("j1", 90), ("j5", 90))}}, {{RoundRecipes.Single("prelim", "E2", ("j1", 85), ("j5", 85))}},
                {{RoundRecipes.Single("prelim", "E3", ("j1", 80), ("j5", 80))}}, {{RoundRecipes.Single("final", "E1", ("j6", 80))}} ] }
            """));
        var before = await StoredAsync("sub-reach");
        var score = new Dictionary<string, decimal> { ["score"] = 70 };

        var eliminated = await Should.ThrowAsync<ScorecardRefusedException>(() => SubmitAsync(new ScorecardSubmission("sub-reach", "final", "E3", "j6", score, "reach-1")));
        var otherStage = await Should.ThrowAsync<ScorecardRefusedException>(() => SubmitAsync(new ScorecardSubmission("sub-reach", "final", "E2", "j1", score, "reach-2")));
        var stored = await SubmitAsync(new ScorecardSubmission("sub-reach", "final", "E2", "j6", score, "reach-3"));

        eliminated.Reason.ShouldBe(RefusalReasons.NotAssigned);
        eliminated.Message.ShouldContain("entry 'E3' did not reach the stage");
        otherStage.Reason.ShouldBe(RefusalReasons.NotAssigned);
        otherStage.Message.ShouldContain("judge 'j1' is not listed for the stage");
        stored.Outcome.ShouldBe(SubmissionOutcome.Stored);
        (await StoredAsync("sub-reach")).ShouldBe((before.Submitted + 1, before.Ledger + 1, before.Receipts + 1));
    }

    [Fact]
    public async Task A_stage_that_is_not_open_refuses_scorecards()
    {
        await Host.RunRecipeAsync(RoundRecipes.WorkedExample("sub-closed", state: "CLOSED"));
        var before = await StoredAsync("sub-closed");

        var refused = await Should.ThrowAsync<ScorecardRefusedException>(() => SubmitAsync(new ScorecardSubmission("sub-closed", "final", "E4", "j9", Good, "closed-1")));

        refused.Reason.ShouldBe(RefusalReasons.StageNotOpen);
        refused.Message.ShouldContain("is not open for scoring (the round is CLOSED)");
        (await StoredAsync("sub-closed")).ShouldBe(before);
    }

    [Fact]
    public async Task A_replayed_key_with_other_scores_is_refused_and_changes_nothing()
    {
        var code = await LiveRoundAsync("sub-key");
        await SubmitAsync(new ScorecardSubmission(code, "final", "E4", "j9", Good, "same-key"));
        var before = await StoredAsync(code);

        var refused = await Should.ThrowAsync<ScorecardRefusedException>(() => SubmitAsync(new ScorecardSubmission(code, "final", "E4", "j9", new Dictionary<string, decimal>(Good) { ["effect"] = 20 }, "same-key")));

        refused.Reason.ShouldBe(RefusalReasons.KeyReused);
        refused.Message.ShouldContain("same-key");
        (await StoredAsync(code)).ShouldBe(before);
    }

    [Fact]
    public async Task An_entry_outside_a_judges_assigned_seats_is_refused()
    {
        var code = await LiveRoundAsync("sub-seats");
        await Host.InScopeAsync(async sp =>
        {
            var panels = sp.GetRequiredService<PanelService>();
            var preview = await panels.PreviewAsync(code, "final", judgesPerEntry: 2, capPerJudge: 2);
            await panels.CommitAsync("manager", code, "final", preview);
        });
        var seated = await Host.InScopeAsync(async sp => await sp.GetRequiredService<EvaluationsDbContext>().Seats.AsNoTracking().ToListAsync());
        var notSeated = PanelJudges.First(j => !seated.Any(s => s.EntryCode == "E4" && s.Judge == j));

        var refused = await Should.ThrowAsync<ScorecardRefusedException>(() => SubmitAsync(new ScorecardSubmission(code, "final", "E4", notSeated, Good, "seat-1")));

        refused.Reason.ShouldBe(RefusalReasons.NotAssigned);
    }

    [Fact]
    public async Task A_conflict_recorded_after_a_scorecard_excludes_it_and_writes_an_exclusion_to_the_ledger()
    {
        var code = await LiveRoundAsync("sub-exclude");
        var before = await StoredAsync(code);

        await Host.InScopeAsync(sp => sp.GetRequiredService<ConflictService>().DeclareAsync("j9", code, "E3", "my former colleague leads this project"));

        var results = await Host.InScopeAsync(sp => sp.GetRequiredService<ResultsService>().GetAsync(code));
        results.Standings["E3"].JudgeCount.ShouldBe(4);
        results.Standings["E3"].Status.ShouldBe(StandingStatus.InsufficientPanel);
        results.LedgerSequence.ShouldBe(before.Ledger + 1);
        var last = await Host.InScopeAsync(sp => sp.GetRequiredService<EvaluationsDbContext>().Ledger.AsNoTracking()
            .Where(l => l.RoundId == results.Snapshot.Round.Id).OrderBy(l => l.Sequence).Select(l => l.EventJson).LastAsync());
        last.ShouldContain("\"kind\":\"exclude\"");
        (await Should.ThrowAsync<ScorecardRefusedException>(() => SubmitAsync(new ScorecardSubmission(code, "final", "E3", "j9", Good, "ex-1")))).Reason.ShouldBe(RefusalReasons.ConflictedJudge);
    }

    [Fact]
    public async Task Twenty_judges_submitting_at_once_lose_nothing_and_the_chain_verifies()
    {
        var judges = Enumerable.Range(1, 20).Select(i => $"c{i:00}").ToList();
        var names = string.Join(", ", judges.Select(j => $"\"{j}\""));
        await Host.RunRecipeAsync(RoundRecipes.Recipe($$"""
            { "code": "burst", "title": "t", "year": 2021, "state": "SCORING",
              "stages": [ { "key": "final", "title": "终评", "criteria": {{RoundRecipes.Criteria}}, "judges": [{{names}}] } ],
              "entries": [ { "code": "E1", "brand": "B1" }, { "code": "E2", "brand": "B2" } ] }
            """));

        var outcomes = await Task.WhenAll(judges.Select(judge => Task.Run(() =>
            SubmitAsync(new ScorecardSubmission("burst", "final", "E1", judge, Good, "burst-" + judge)))));

        outcomes.ShouldAllBe(o => o.Outcome == SubmissionOutcome.Stored);
        outcomes.Select(o => o.LedgerSequence).Order().ShouldBe(Enumerable.Range(1, 20).Select(i => (long)i));
        (await StoredAsync("burst")).ShouldBe((20, 20L, 20));
        (await Host.InScopeAsync(sp => sp.GetRequiredService<ResultsService>().VerifyLedgerAsync("burst"))).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_draft_never_counts_and_is_not_in_the_ledger_and_a_withdrawn_scorecard_stops_counting()
    {
        var code = await LiveRoundAsync("sub-draft");
        var before = await StoredAsync(code);

        await Host.InScopeAsync(sp => sp.GetRequiredService<ScorecardService>().SaveDraftAsync(code, "final", "E4", "j9", new Dictionary<string, decimal> { ["innovation"] = 30 }));
        (await StoredAsync(code)).ShouldBe(before);
        (await Host.InScopeAsync(sp => sp.GetRequiredService<ResultsService>().GetAsync(code))).Standings["E4"].JudgeCount.ShouldBe(4);

        await Host.InScopeAsync(sp => sp.GetRequiredService<ScorecardService>().WithdrawAsync(code, "final", "E1", "j9", "entered for the wrong entry"));
        var results = await Host.InScopeAsync(sp => sp.GetRequiredService<ResultsService>().GetAsync(code));
        results.Standings["E1"].JudgeCount.ShouldBe(4);
        results.LedgerSequence.ShouldBe(before.Ledger + 1);
        (await Host.InScopeAsync(sp => sp.GetRequiredService<ResultsService>().VerifyLedgerAsync(code))).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_manager_cannot_seat_a_conflicted_judge_by_hand()
    {
        var code = await LiveRoundAsync("sub-manual");
        await Host.InScopeAsync(async sp =>
        {
            var panels = sp.GetRequiredService<PanelService>();
            await panels.CommitAsync("manager", code, "final", await panels.PreviewAsync(code, "final", 3, null));
        });

        var refused = await Should.ThrowAsync<EvaluationRefusedException>(() => Host.InScopeAsync(sp =>
            sp.GetRequiredService<PanelService>().SetSeatAsync("manager", code, "final", "E1", "j2", seated: true, "extra judge")));

        refused.Reason.ShouldBe(RefusalReasons.ConflictedJudge);
    }
}
