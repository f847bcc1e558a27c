using BenchmarkDotNet.Running;

if (args is ["brandlist", .. var rest])
{
    return await Showcase.Benchmarks.BrandList.BrandListBenchmark.RunAsync(rest);
}

if (args is ["leaderboard", .. var options])
{
    return await Showcase.Benchmarks.Leaderboard.LeaderboardBenchmark.RunAsync(options);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
