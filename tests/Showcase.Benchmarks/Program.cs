using BenchmarkDotNet.Running;

if (args is ["brandlist", .. var rest])
{
    return await Showcase.Benchmarks.BrandList.BrandListBenchmark.RunAsync(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
