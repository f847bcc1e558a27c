using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Hosting;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>
/// A start's background work (loading the leaderboards, the search indexes' check) waits for
/// <see cref="IFirstRequest"/>: the first request's end, or <c>Showcase:BackgroundStartDelay</c> when none comes.
/// </summary>
public sealed class FirstRequestTests
{
    [Fact]
    public async Task Background_work_waits_until_the_first_request_has_been_answered()
    {
        await using var web = new ShowcaseWebFactory(new Dictionary<string, string> { ["Showcase:BackgroundStartDelay"] = "00:10:00" }, _ => { });
        var firstRequest = web.Services.GetRequiredService<IFirstRequest>();

        await Task.Delay(300);
        firstRequest.Served.IsCompleted.ShouldBeFalse("no request has come, and the delay is ten minutes");

        using var client = web.CreateClient();
        (await client.GetAsync("/healthz")).IsSuccessStatusCode.ShouldBeTrue();

        await firstRequest.Served.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_node_nobody_calls_starts_its_background_work_after_the_delay()
    {
        await using var web = new ShowcaseWebFactory(new Dictionary<string, string> { ["Showcase:BackgroundStartDelay"] = "00:00:00.200" }, _ => { });

        await web.Services.GetRequiredService<IFirstRequest>().Served.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
