using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Core.Data;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Testing;
using Xunit.Abstractions;

namespace Showcase.Leaderboards.Tests.Cluster;

/// <summary>
/// Quartz clustered on PostgreSQL: rounds scheduled to move 2 s ahead each move exactly once (counted in the audit
/// log) while node B, which may hold some of the firings, is killed with SIGKILL in between; node A recovers them.
/// Its own pair of nodes (<see cref="ClusterFixture"/>), since it kills one.
/// </summary>
public sealed class ScheduledTransitionTests(ClusterFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    private const int Rounds = 20;

    [SkippableFact]
    public async Task Twenty_scheduled_round_moves_each_happen_exactly_once_when_a_node_is_killed_in_between()
    {
        Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, TemporaryPostgresDatabase.SkipReason);
        var codes = Enumerable.Range(1, Rounds).Select(i => "sched-" + i.ToString("00", CultureInfo.InvariantCulture)).ToList();
        await fixture.A.RunRecipeAsync($$"""
            { "name": "scheduled-rounds", "steps": [ { "step": "rounds", "rounds": [ {{string.Join(",\n", codes.Select(code => $$"""
              { "code": "{{code}}", "title": "定时 {{code}}", "year": 2026, "state": "DRAFT",
                "stages": [ { "key": "s1", "title": "初评", "method": "mean", "criteria": [ { "key": "score", "title": "总分", "max": 100 } ], "judges": ["j1"] } ],
                "entries": [ { "code": "E1", "brand": "B0001" } ] }
              """))}} ] } ] }
            """);

        // Each round opens for applications 2 s from now (spread over a second); the jobs go to Quartz's tables, and
        // whichever node acquires a trigger runs it.
        var start = DateTimeOffset.UtcNow;
        for (var i = 0; i < codes.Count; i++)
        {
            var at = DateTimeOffset.UtcNow.AddSeconds(2).AddMilliseconds(50 * i);
            await fixture.A.InScopeAsync<object?>(async services =>
            {
                await services.GetRequiredService<RoundAdministration>().SetScheduleAsync("test", codes[i], new RoundSchedule(ApplicationsOpen: at));
                return null;
            });
        }

        // Killed while the triggers are due: what B acquired or was running is recovered by A once B misses its check-in.
        var untilDue = start.AddSeconds(2.3) - DateTimeOffset.UtcNow;
        if (untilDue > TimeSpan.Zero)
        {
            await Task.Delay(untilDue);
        }

        var ranOnB = fixture.B.Output.Split('\n').Count(l => l.Contains("scheduled moves", StringComparison.Ordinal));
        await fixture.B.KillAsync();
        var killedAt = DateTimeOffset.UtcNow;
        var movedAtKill = (await TransitionsAsync(codes)).Count(pair => pair.Value > 0);

        var moved = await Eventually.UntilAsync(() => TransitionsAsync(codes), counts => counts.Values.All(c => c >= 1), "every round to move");
        var lastMovedAfterKill = DateTimeOffset.UtcNow - killedAt;
        // Long enough for a duplicate to show: Quartz writes B off after 5 + 10 s and recovers what it held.
        await Task.Delay(TimeSpan.FromSeconds(20));
        var final = await TransitionsAsync(codes);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"moves logged by B before SIGKILL: {ranOnB}; rounds moved when B was killed: {movedAtKill}/{codes.Count}; the last round moved {lastMovedAfterKill.TotalSeconds:0.0} s after the kill"));
        final.ShouldAllBe(pair => pair.Value == 1, "each round's scheduled move is audited exactly once");
        moved.Count.ShouldBe(codes.Count);
    }

    private Task<Dictionary<string, int>> TransitionsAsync(IReadOnlyList<string> codes) => fixture.A.InScopeAsync(async services =>
    {
        var targets = codes.Select(c => "Round/" + c).ToList();
        var rows = await services.GetRequiredService<CoreDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.Action == "round.transition" && targets.Contains(a.Target))
            .GroupBy(a => a.Target).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return codes.ToDictionary(c => c, c => rows.SingleOrDefault(r => r.Key == "Round/" + c)?.Count ?? 0);
    });
}
