using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Tests;

public sealed class StandingsReaderTests(EvaluationsFixture fixture) : IClassFixture<EvaluationsFixture>
{
    private EvaluationsHost Host => fixture.Host;

    private static Dictionary<string, decimal> Scores(decimal innovation, decimal effect, decimal spread) =>
        new() { ["innovation"] = innovation, ["effect"] = effect, ["spread"] = spread };

    private Task<RoundResults> ReadAsync(string code) =>
        Host.InScopeAsync(async sp => (await sp.GetRequiredService<IStandingsReader>().GetAsync(code))!);

    private RoundResults? Computed(string code, long revision)
    {
        using var scope = Host.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IStandingsReader>().Computed(code, revision);
    }

    /// <summary>The round as stored now, computed from scratch, beside no cache.</summary>
    private Task<RoundResults> RecomputeAsync(string code) =>
        Host.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<RoundStore>();
            var round = (await store.FindAsync(code, CancellationToken.None))!;
            return await StandingsReader.ComputeAsync(store, round, CancellationToken.None);
        });

    private static string Describe(RoundResults results) =>
        $"r{results.Revision} {results.State} ledger {results.LedgerSequence}\n"
        + string.Join('\n', results.Standings.Entries.Select(s =>
            $"{s.Position} {s.EntryCode} {s.Status} {s.ScoreText} r{s.Rank} t{s.Tied} g{s.Grade} n{s.JudgeCount} [{string.Join(' ', s.Stages.Select(st => $"{st.Stage}:{st.ScoreText}/{st.JudgeCount}/{st.Rank}"))}]"))
        + "\n" + string.Join('\n', results.Progress.Select(p =>
            $"{p.Stage}: {string.Join(' ', p.Judges.Select(j => $"{j.Judge}={j.Submitted}/{j.Assigned}"))} | {string.Join(' ', p.Entries.Select(e => $"{e.Entry}={e.Submitted}/{e.Expected}"))}"));

    [Fact]
    public async Task Standings_carried_forward_by_submissions_amendments_and_withdrawals_equal_a_recompute_from_scratch()
    {
        const string code = "carry";
        await Host.RunRecipeAsync(RoundRecipes.WorkedExample(code, state: "SCORING"));
        var first = await ReadAsync(code);
        var firstText = Describe(first);
        var changes = new (string What, Func<ScorecardService, Task> Change)[]
        {
            ("E4 gets its fifth scorecard", s => s.SubmitAsync(new ScorecardSubmission(code, "final", "E4", "j9", Scores(40, 40, 20), "c-1"))),
            ("the same key again changes nothing", s => s.SubmitAsync(new ScorecardSubmission(code, "final", "E4", "j9", Scores(40, 40, 20), "c-1"))),
            ("E2's low card amended", s => s.SubmitAsync(new ScorecardSubmission(code, "final", "E2", "j9", Scores(38, 38, 19), "c-2"))),
            ("E1 loses one of its five", s => s.WithdrawAsync(code, "final", "E1", "j8", "typed into the wrong row")),
            ("E4's fifth amended down", s => s.SubmitAsync(new ScorecardSubmission(code, "final", "E4", "j9", Scores(20, 20, 10), "c-3"))),
            ("E1's card back", s => s.SubmitAsync(new ScorecardSubmission(code, "final", "E1", "j8", Scores(34, 34, 17), "c-4"))),
        };

        var previous = first;
        foreach (var (what, change) in changes)
        {
            await Host.InScopeAsync(sp => change(sp.GetRequiredService<ScorecardService>()));
            var carried = await ReadAsync(code);

            Describe(carried).ShouldBe(Describe(await RecomputeAsync(code)), what);
            carried.Snapshot.Definition.ShouldBeSameAs(first.Snapshot.Definition, $"{what}: carried forward, not recomputed");
            carried.Revision.ShouldBeGreaterThanOrEqualTo(previous.Revision, what);
            previous = carried;
        }

        Describe(previous).ShouldNotBe(firstText);
        Describe(first).ShouldBe(firstText, "the results handed out first are left as they were");
    }

    [Fact]
    public async Task A_lone_change_of_one_scorecard_leaves_its_revision_computed_for_readers_the_event_tells()
    {
        const string code = "carry-commit";
        await Host.RunRecipeAsync(RoundRecipes.WorkedExample(code, state: "SCORING"));
        var first = await ReadAsync(code);
        var changes = new (string What, Func<ScorecardService, Task> Change)[]
        {
            ("a submission", s => s.SubmitAsync(new ScorecardSubmission(code, "final", "E4", "j9", Scores(40, 40, 20), "k-1"))),
            ("an amendment", s => s.SubmitAsync(new ScorecardSubmission(code, "final", "E2", "j9", Scores(38, 38, 19), "k-2"))),
            ("a withdrawal", s => s.WithdrawAsync(code, "final", "E1", "j8", "typed into the wrong row")),
        };

        foreach (var (what, change) in changes)
        {
            await Host.InScopeAsync(sp => change(sp.GetRequiredService<ScorecardService>()));
            var now = await RecomputeAsync(code);

            var computed = Computed(code, now.Revision);
            computed.ShouldNotBeNull($"{what}: the revision it committed was not computed");
            Describe(computed).ShouldBe(Describe(now), what);
            computed.Snapshot.Definition.ShouldBeSameAs(first.Snapshot.Definition, $"{what}: carried forward, not recomputed");
        }

        // Inside a larger command the submission is not all that changed: the reader computes that revision itself.
        await Host.InScopeAsync(sp => sp.GetRequiredService<Abstractions.Data.IUnitOfWork>().ExecuteAsync(ct =>
            sp.GetRequiredService<ScorecardService>().SubmitAsync(new ScorecardSubmission(code, "final", "E3", "j9", Scores(30, 30, 15), "k-3"), ct)));
        var after = await RecomputeAsync(code);
        Computed(code, after.Revision).ShouldBeNull();
        Describe(await ReadAsync(code)).ShouldBe(Describe(after));

        // A refused submission commits nothing and carries nothing.
        await Should.ThrowAsync<ScorecardRefusedException>(() => Host.InScopeAsync(sp => sp.GetRequiredService<ScorecardService>()
            .SubmitAsync(new ScorecardSubmission(code, "final", "E4", "j9", Scores(400, 40, 20), "k-4"))));
        Computed(code, after.Revision + 1).ShouldBeNull();
        (await RecomputeAsync(code)).Revision.ShouldBe(after.Revision);
    }

    [Fact]
    public async Task A_change_to_the_definition_is_recomputed_from_scratch()
    {
        const string code = "carry-def";
        await Host.RunRecipeAsync(RoundRecipes.WorkedExample(code, state: "SCORING"));
        var before = await ReadAsync(code);

        await Host.InScopeAsync(sp => sp.GetRequiredService<ConflictService>().AddAsync("admin", code, "j9", "E3", "j9 advised E3's application"));
        var after = await ReadAsync(code);

        after.Snapshot.Definition.ShouldNotBeSameAs(before.Snapshot.Definition);
        Describe(after).ShouldBe(Describe(await RecomputeAsync(code)));
        after.Standings["E3"].JudgeCount.ShouldBe(before.Standings["E3"].JudgeCount - 1, "j9's scorecard for E3 no longer counts");
    }
}
