using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Hosting;
using Showcase.Core.Themes;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>
/// A start renders the home page once inside the process while the server starts (<see cref="HomePageWarmUp"/>): through
/// the application's pipeline, reading only, and without counting as the first response the start's background work waits for.
/// </summary>
public sealed partial class HomePageWarmUpTests
{
    [Fact]
    public async Task The_start_renders_the_home_page_reading_only_and_the_first_real_response_still_opens_the_gate()
    {
        var commands = new ConcurrentQueue<string>();
        await using var factory = new ShowcaseWebApplicationFactory<Program>(
            new Dictionary<string, string> { ["Showcase:WarmUpHomePage"] = "true", ["Showcase:BackgroundStartDelay"] = "00:10:00" },
            services =>
            {
                services.AddHttpContextAccessor();
                services.AddSingleton<IInterceptor>(sp => new WarmUpCommands(sp.GetRequiredService<IHttpContextAccessor>(), commands));
            });

        var warmUp = factory.Services.GetRequiredService<HomePageWarmUp>();
        (await warmUp.Done.WaitAsync(TimeSpan.FromSeconds(60))).ShouldBe(200);
        commands.ShouldNotBeEmpty("the home page reads its brands and rounds");
        commands.ShouldAllBe(sql => !Writes().IsMatch(sql), "the warm-up writes nothing");

        // Not a response the server sent: the background work and the loading of the other pages still wait for one.
        var gate = factory.Services.GetRequiredService<IBackgroundStartGate>();
        gate.WaitAsync(CancellationToken.None).IsCompleted.ShouldBeFalse();
        factory.Services.GetRequiredService<PageLoadingAfterStart>().Loaded.IsCompleted.ShouldBeFalse();

        using var client = factory.CreateClient();
        (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await gate.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_in_process_test_hosts_start_without_it()
    {
        await using var factory = new ShowcaseWebApplicationFactory<Program>();

        (await factory.Services.GetRequiredService<HomePageWarmUp>().Done.WaitAsync(TimeSpan.FromSeconds(60))).ShouldBeNull();
    }

    [GeneratedRegex(@"(^|;)\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Writes();

    /// <summary>Records the SQL of the warm-up's request (its connection id is the warm-up's).</summary>
    private sealed class WarmUpCommands(IHttpContextAccessor http, ConcurrentQueue<string> commands) : CommandInterceptorBase
    {
        protected override void OnExecuting(DbCommand command)
        {
            if (http.HttpContext?.Connection.Id == "home-page-warm-up")
            {
                commands.Enqueue(command.CommandText);
            }
        }
    }
}
