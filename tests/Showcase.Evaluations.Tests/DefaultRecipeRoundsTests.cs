using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Scoring;
using Showcase.Scoring.Export;
using Showcase.Testing;

namespace Showcase.Evaluations.Tests;

/// <summary>The default recipe's rounds: the 3rd review of 2021 FINAL with complete scores, the 2022 one live in SCORING.</summary>
public sealed class DefaultRecipeRoundsTests
{
    [Fact]
    public async Task The_default_recipe_loads_a_final_round_that_verifies_and_a_live_round_with_scores_partly_in()
    {
        await using var host = await EvaluationsHost.StartAsync(seed: false);
        var recipe = await EvaluationsHost.DefaultRecipeAsync();
        await host.RunRecipeAsync(recipe);

        var (final, live, export) = await host.InScopeAsync(async sp =>
        {
            var results = sp.GetRequiredService<ResultsService>();
            return (await results.GetAsync("2021-top10"), await results.GetAsync("2022-top10"), await results.ExportAsync("2021-top10"));
        });

        final.State.ShouldBe(RoundState.Final);
        final.Standings.Entries.Count(s => s.Grade == "TOP10").ShouldBe(10);
        final.Standings.Entries.ShouldAllBe(s => s.Status == StandingStatus.Ranked);
        ResultsVerification.Verify(export.Json).IsVerified.ShouldBeTrue();
        live.State.ShouldBe(RoundState.Scoring);
        live.LiveDisplay.ShouldBeTrue();
        live.OpenStage.ShouldBe("final");
        var progress = live.Progress.Single();
        progress.Submitted.ShouldBeGreaterThan(0);
        progress.Submitted.ShouldBeLessThan(progress.Expected);
    }
}
