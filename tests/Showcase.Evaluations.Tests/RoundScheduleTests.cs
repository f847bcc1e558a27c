using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Tests;

/// <summary>Scheduled moves with the real Quartz scheduler and its store in the SQLite database.</summary>
public sealed class RoundScheduleTests : IDisposable
{
    private readonly DirectoryInfo _dataDir = Directory.CreateTempSubdirectory("showcase-schedule-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dataDir.Delete(recursive: true);
    }

    private static string ScoringRound(string code) => RoundRecipes.Recipe($$"""
        { "code": "{{code}}", "title": "t", "year": 2021, "state": "SCORING",
          "stages": [ { "key": "final", "title": "终评", "criteria": {{RoundRecipes.Criteria}}, "judges": ["j1"] } ],
          "entries": [ { "code": "E1", "brand": "B1" } ] }
        """);

    private static Task ScheduleCloseAsync(EvaluationsHost host, string code, DateTimeOffset at) =>
        host.InScopeAsync(sp => sp.GetRequiredService<RoundAdministration>().SetScheduleAsync("manager", code, new RoundSchedule(ScoringClose: at)));

    /// <summary>Waits (bounded) until the round reaches the state; returns the state it has then.</summary>
    private static async Task<RoundState?> WaitForAsync(EvaluationsHost host, string code, RoundState wanted)
    {
        RoundState? state = null;
        for (var i = 0; i < 150 && state != wanted; i++)
        {
            state = (await host.InScopeAsync(sp => sp.GetRequiredService<IRoundDirectory>().FindAsync(code)))?.State;
            if (state != wanted)
            {
                await Task.Delay(200);
            }
        }

        return state;
    }

    [Fact]
    public async Task A_round_whose_scoring_closes_in_three_seconds_is_closed_by_its_job()
    {
        await using var host = await EvaluationsHost.StartAsync(run: true, dataDir: _dataDir.FullName, seed: true);
        await host.RunRecipeAsync(ScoringRound("sched-live"));

        await ScheduleCloseAsync(host, "sched-live", DateTimeOffset.UtcNow.AddSeconds(3));

        (await WaitForAsync(host, "sched-live", RoundState.Closed)).ShouldBe(RoundState.Closed);
        var moves = await host.InScopeAsync(sp => sp.GetRequiredService<Data.EvaluationsDbContext>().Transitions.Where(t => t.Actor == "schedule").Select(t => t.To).ToListAsync());
        moves.ShouldBe([RoundState.Closed]);
    }

    [Fact]
    public async Task A_close_missed_while_the_host_was_down_happens_when_it_starts_again()
    {
        await using (var first = await EvaluationsHost.StartAsync(run: true, dataDir: _dataDir.FullName, seed: true))
        {
            await first.RunRecipeAsync(ScoringRound("sched-down"));
            await ScheduleCloseAsync(first, "sched-down", DateTimeOffset.UtcNow.AddSeconds(3));
            (await first.InScopeAsync(sp => sp.GetRequiredService<IRoundDirectory>().FindAsync("sched-down")))!.State.ShouldBe(RoundState.Scoring);
        }

        await Task.Delay(TimeSpan.FromSeconds(4));
        await using var second = await EvaluationsHost.StartAsync(run: true, dataDir: _dataDir.FullName, seed: false);

        (await WaitForAsync(second, "sched-down", RoundState.Closed)).ShouldBe(RoundState.Closed);
    }
}
