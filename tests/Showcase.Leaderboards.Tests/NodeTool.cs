using Showcase.Testing;

namespace Showcase.Leaderboards.Tests;

/// <summary>Node and the repository's npm packages, for the tests that run a partner's tools (<c>node/</c>).</summary>
internal static class NodeTool
{
    public static string Root { get; } = ShowcaseProcess.RepositoryRoot;

    /// <summary>Skips the test, saying why, without node or without the npm package <paramref name="package"/>; else node's path.</summary>
    public static string Require(string package)
    {
        Skip.IfNot(File.Exists(Path.Combine(Root, "node_modules", package, "package.json")), "node_modules is missing: run `npm ci` at the repository root (CI does).");
        var node = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists);
        Skip.If(node is null, "node is not installed (apt-get install nodejs).");
        return node!;
    }

    /// <summary>A script of <c>tests/Showcase.Leaderboards.Tests/node</c>.</summary>
    public static string Script(string name) => Path.Combine(Root, "tests", "Showcase.Leaderboards.Tests", "node", name);
}
