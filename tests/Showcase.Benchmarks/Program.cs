using BenchmarkDotNet.Running;

if (args is ["brandlist", .. var rest])
{
    return await Showcase.Benchmarks.BrandList.BrandListBenchmark.RunAsync(rest);
}

if (args is ["scorecards", .. var cards])
{
    return await Showcase.Benchmarks.Scorecards.ScorecardBenchmark.RunAsync(cards);
}

if (args is ["leaderboard", .. var options])
{
    return await Showcase.Benchmarks.Leaderboard.LeaderboardBenchmark.RunAsync(options);
}

if (args is ["demosite", .. var siteArgs])
{
    return await Showcase.Benchmarks.DemoSite.DemoSiteBenchmark.RunAsync(siteArgs);
}

if (args is ["recipeload", .. var recipeArgs])
{
    return await Showcase.Benchmarks.Recipes.RecipeLoadBenchmark.RunAsync(recipeArgs);
}

if (args is ["coldstart", .. var coldArgs])
{
    return await Showcase.Benchmarks.ColdStart.ColdStartRounds.RunAsync(coldArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
