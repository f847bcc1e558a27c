using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Showcase.Core.Api;
using Showcase.Core.Cli;
using Showcase.Core.Content;
using Showcase.Core.Hosting;
using Showcase.Core.Identity;
using Showcase.Core.Jobs;
using Showcase.Core.Localization;
using Showcase.Core.Recipes;
using Showcase.Core.Themes;
using Showcase.Evaluations.Services;

namespace Showcase.Leaderboards.Tests;

/// <summary>
/// The whole host composed as Program.cs does, in process but on real loopback sockets: the site (HTTP/1.1) and
/// gRPC (HTTP/2) on free ports, a fresh SQLite data folder, and in-process access to the services (to submit
/// scorecards as a judge's page would).
/// </summary>
public sealed class LeaderboardsHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LeaderboardsHost(WebApplication app, string dataDir, int webPort, int grpcPort)
    {
        _app = app;
        DataDir = dataDir;
        WebUrl = new Uri($"http://127.0.0.1:{webPort}");
        GrpcUrl = new Uri($"http://127.0.0.1:{grpcPort}");
        Channel = OpenChannel();
        Http = new HttpClient { BaseAddress = WebUrl };
    }

    public string DataDir { get; }

    public Uri WebUrl { get; }

    public Uri GrpcUrl { get; }

    /// <summary>A channel that opens more HTTP/2 connections when one is full (100 streams each), for many watchers.</summary>
    public GrpcChannel Channel { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="endpoints">Extra endpoints to map (the benchmark's yardstick method).</param>
    /// <param name="services">Extra services (a test's interceptor).</param>
    public static async Task<LeaderboardsHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool seedDemoData = false, Action<WebApplication>? endpoints = null, Action<IServiceCollection>? services = null, params string[] recipes)
    {
        var dataDir = Directory.CreateTempSubdirectory("showcase-lb-").FullName;
        var (webPort, grpcPort) = (FreePort(), FreePort());
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Showcase:DataDir"] = dataDir,
            ["Showcase:SeedDemoData"] = seedDemoData ? "true" : "false",
            ["Kestrel:Endpoints:Web:Url"] = $"http://127.0.0.1:{webPort}",
            ["Kestrel:Endpoints:Web:Protocols"] = "Http1",
            ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{grpcPort}",
            ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
            ["Kestrel:Limits:Http2:MaxStreamsPerConnection"] = "100",
            ["Showcase:Outbox:PollInterval"] = "00:00:01",
            ["Showcase:Leaderboards:PollInterval"] = "00:00:01",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddShowcaseModules();
        builder.AddShowcasePersistence();
        builder.AddShowcaseContent();
        builder.AddShowcaseIdentity();
        builder.AddShowcaseThemes();
        builder.AddShowcaseLocalization();
        builder.AddShowcaseRecipes();
        builder.AddShowcaseJobs();
        builder.AddShowcaseGrpc();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        await app.PrepareShowcaseAsync(TextWriter.Null);
        app.UseShowcase();
        app.MapShowcaseHealth();
        app.MapShowcaseGrpc();
        app.MapShowcasePages();
        app.MapShowcaseModules();
        endpoints?.Invoke(app);
        var host = new LeaderboardsHost(app, dataDir, webPort, grpcPort);
        foreach (var recipe in recipes)
        {
            await host.RunRecipeAsync(recipe);
        }

        await app.StartAsync();
        await host.WaitForApiAsync();
        return host;
    }

    /// <summary>The partner API is mapped after the first response (this one): until then it answers UNAVAILABLE.</summary>
    private async Task WaitForApiAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while ((await Http.GetAsync(new Uri("/v1/", UriKind.Relative))).StatusCode == HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }
    }

    public async Task RunRecipeAsync(string json)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeRunner>().RunAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "test");
    }

    /// <summary>Makes an API key with the real <c>apikey create</c> verb; returns the key.</summary>
    public async Task<string> CreateKeyAsync(string name, string scopes, int ratePerMinute = 100_000)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await _app.RunVerbAsync(CommandLine.Parse(["apikey", "create", "--name", name, "--scopes", scopes, "--rate", ratePerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)]), output, error);
        if (exit != 0)
        {
            throw new InvalidOperationException(error.ToString());
        }

        return output.ToString().TrimEnd().Split('\n')[^1].Trim();
    }

    /// <summary>Submits a scorecard as a judge's page does (through Evaluations' service and the unit of work).</summary>
    public async Task<SubmissionResult> SubmitAsync(string round, string stage, string entry, string judge, IReadOnlyDictionary<string, decimal> scores)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScorecardService>()
            .SubmitAsync(new ScorecardSubmission(round, stage, entry, judge, scores, Guid.NewGuid().ToString("N")));
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static Metadata Key(string key) => new() { { "x-api-key", key } };

    public HttpRequestMessage JsonGet(string path, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (key is not null)
        {
            request.Headers.Add("x-api-key", key);
        }

        return request;
    }

    public GrpcChannel OpenChannel() => GrpcChannel.ForAddress(GrpcUrl, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        MaxReceiveMessageSize = 64 * 1024 * 1024,
    });

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        Http.Dispose();
        try
        {
            await _app.StopAsync();
        }
        catch (OperationCanceledException)
        {
        }

        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
