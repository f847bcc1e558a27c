using System.Diagnostics;
using System.Text.Json;
using Shouldly;
using Showcase.Api.V1;
using Showcase.Testing;

namespace Showcase.Leaderboards.Tests;

/// <summary>
/// A client in another gRPC implementation (Node's @grpc/grpc-js), built from the .proto files alone, against the
/// server over a real socket. Skipped, saying why, without node or without <c>npm ci</c> at the repository root.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class NodeClientTests(ApiFixture fixture)
{
    private static readonly string Root = NodeTool.Root;

    [SkippableFact]
    public async Task A_grpc_js_client_with_only_the_protos_pages_a_thousand_entries_once_each_while_scores_change_and_sees_the_edges()
    {
        var node = NodeTool.Require("@grpc/grpc-js");
        var googleApi = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            "microsoft.aspnetcore.grpc.jsontranscoding", "10.0.15", "content", "protos");

        var info = new ProcessStartInfo(node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Root,
        };
        foreach (var argument in new[] { NodeTool.Script("client.js"), fixture.Host.GrpcUrl.Authority, fixture.PreviewKey, Path.Combine(Root, "protos"), googleApi, TestRecipes.Big })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        (await process.StandardOutput.ReadLineAsync()).ShouldBe("PAGED", await ErrorsIfExitedAsync(process, errors));

        // Scores change while the Node client holds its first page.
        var boards = new LeaderboardService.LeaderboardServiceClient(fixture.Host.Channel);
        var before = (await boards.ListLeaderboardEntriesAsync(new ListLeaderboardEntriesRequest { Parent = "rounds/" + TestRecipes.Big, PageSize = 1 }, LeaderboardsHost.Key(fixture.PreviewKey))).Version;
        await fixture.Host.SubmitAsync(TestRecipes.Big, "s1", TestRecipes.Entry(700), "j4", new Dictionary<string, decimal> { ["score"] = 100 });
        var after = await Eventually.VersionAboveAsync(boards, "rounds/" + TestRecipes.Big, fixture.PreviewKey, before);
        await process.StandardInput.WriteLineAsync("go");
        await process.StandardInput.FlushAsync();

        var line = await process.StandardOutput.ReadLineAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, await errors);
        var result = JsonDocument.Parse(line!).RootElement;

        var versions = result.GetProperty("versions").EnumerateArray().Select(v => long.Parse(v.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        versions.Distinct().ShouldHaveSingleItem().ShouldBeLessThan(after);
        long.Parse(result.GetProperty("currentVersion").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(after);
        var entries = result.GetProperty("entries").EnumerateArray().ToList();
        entries.Count.ShouldBe(ApiFixture.BigEntries);
        entries.Select(e => e.GetProperty("code").GetString()).Distinct().Count().ShouldBe(ApiFixture.BigEntries);
        entries.Select(e => e.GetProperty("position").GetInt32()).ShouldBe(Enumerable.Range(1, ApiFixture.BigEntries));
        result.GetProperty("unchanged").GetBoolean().ShouldBeTrue();
        result.GetProperty("unchangedEntries").GetInt32().ShouldBe(0);
        result.GetProperty("tamperedCode").GetInt32().ShouldBe(3); // INVALID_ARGUMENT
        result.GetProperty("aroundFirst").EnumerateArray().Select(e => e.GetString()).ShouldBe(result.GetProperty("firstThree").EnumerateArray().Select(e => e.GetString()));
        result.GetProperty("batch").EnumerateArray().Select(e => e.GetString()).ShouldBe(result.GetProperty("batchAsked").EnumerateArray().Select(e => e.GetString()));
        result.GetProperty("batchMissingCode").GetInt32().ShouldBe(5); // NOT_FOUND
    }

    private static async Task<string> ErrorsIfExitedAsync(Process process, Task<string> errors) =>
        process.HasExited ? await errors : "";
}
