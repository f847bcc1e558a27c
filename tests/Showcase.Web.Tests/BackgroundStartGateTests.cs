using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Hosting;
using Showcase.Leaderboards.Snapshots;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>
/// The start's background work (the leaderboards' load, the search indexes' check) waits until the
/// host has sent its first response, or until <c>Showcase:BackgroundStartDelay</c> has passed without one.
/// </summary>
public sealed class BackgroundStartGateTests
{
    [Fact]
    public async Task The_leaderboards_are_loaded_once_the_first_response_has_been_sent()
    {
        await using var factory = new ShowcaseWebApplicationFactory<Program>(new Dictionary<string, string> { ["Showcase:BackgroundStartDelay"] = "00:10:00" });
        var gate = factory.Services.GetRequiredService<IBackgroundStartGate>();
        var store = factory.Services.GetRequiredService<LeaderboardStore>();

        await Task.Delay(TimeSpan.FromMilliseconds(500));
        gate.WaitAsync(CancellationToken.None).IsCompleted.ShouldBeFalse();
        store.IsLoaded.ShouldBeFalse();

        using var client = factory.CreateClient();
        (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await gate.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var loadedBy = DateTime.UtcNow.AddSeconds(30);
        while (!store.IsLoaded && DateTime.UtcNow < loadedBy)
        {
            await Task.Delay(20);
        }

        store.IsLoaded.ShouldBeTrue();
    }

    [Fact]
    public async Task Without_a_request_the_background_work_begins_after_the_delay()
    {
        await using var factory = new ShowcaseWebApplicationFactory<Program>(new Dictionary<string, string> { ["Showcase:BackgroundStartDelay"] = "00:00:00.300" });
        var gate = factory.Services.GetRequiredService<IBackgroundStartGate>();

        await gate.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }
}
