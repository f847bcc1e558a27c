namespace Showcase.Benchmarks;

/// <summary>The benchmarks' command-line options, <c>--name value</c>.</summary>
internal static class BenchmarkArgs
{
    public static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
