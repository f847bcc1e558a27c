using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;

namespace Showcase.Core.Hosting;

/// <summary>
/// Renders the home page once inside the process, on a thread-pool thread, while the hosted services start and the
/// server binds its ports: the first visitor's request then finds the views, queries and caches it needs already made.
/// </summary>
/// <remarks>
/// The request goes through the application's own pipeline (<see cref="ShowcasePipeline"/>), as an anonymous
/// <c>GET /</c> from the loopback address, and its answer is thrown away. It is not a request the server received: its
/// response feature runs no completion callbacks, so the hooks that wait for the first response (the start-up
/// timeline's last line, <see cref="IBackgroundStartGate"/>, loading the remaining pages) wait for a real one. It reads
/// what any visitor's request for the home page reads, and writes nothing. A failure changes nothing: the first real
/// request meets the same work and reports it. Off with <see cref="ShowcaseOptions.WarmUpHomePage"/>, and on one
/// processor, where it would only take turns with the start.
/// </remarks>
public sealed partial class HomePageWarmUp(IHttpContextFactory contexts, IOptions<ShowcaseOptions> options, ILogger<HomePageWarmUp> logger, StartupTimeline? timeline = null)
{
    private readonly TaskCompletionSource<int?> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;

    /// <summary>The home page's status code once rendered; null when the warm-up was skipped or failed.</summary>
    public Task<int?> Done => _done.Task;

    /// <summary>
    /// Starts the warm-up (once). Call it when the database is prepared and the pipeline and endpoints are complete, on
    /// the thread that starts the host, before it runs: the pipeline is built here from the application's middleware.
    /// </summary>
    public void Start(IApplicationBuilder app)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return;
        }

        if (!options.Value.WarmUpHomePage || Environment.ProcessorCount < 2)
        {
            _done.TrySetResult(null);
            return;
        }

        // Built on the starting thread: the host builds its own from the same list of middleware when it starts, and the
        // list is not to be read by two threads at once.
        var pipeline = app.Build();
        _ = Task.Run(() => RenderAsync(pipeline));
    }

    private async Task RenderAsync(RequestDelegate pipeline)
    {
        timeline?.BeginLane("warm-up");
        var context = contexts.Create(HomePageRequest());
        try
        {
            await pipeline(context);
            timeline?.Mark($"home page rendered ({context.Response.StatusCode})");
            _done.TrySetResult(context.Response.StatusCode);
        }
        catch (Exception exception)
        {
            LogWarmUpFailed(logger, exception);
            _done.TrySetResult(null);
        }
        finally
        {
            contexts.Dispose(context);
        }
    }

    private static FeatureCollection HomePageRequest()
    {
        var request = new HttpRequestFeature { Method = HttpMethods.Get, Scheme = "http", Protocol = "HTTP/1.1", Path = "/", RawTarget = "/" };
        request.Headers.Host = "localhost";
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);

        // Its OnStarting and OnCompleted keep no callbacks: see the remarks.
        features.Set<IHttpResponseFeature>(new HttpResponseFeature());
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature());
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
        {
            ConnectionId = "home-page-warm-up",
            LocalIpAddress = IPAddress.Loopback,
            RemoteIpAddress = IPAddress.Loopback,
        });
        return features;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The home page's warm-up failed; the first request will do its work.")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}

public static class HomePageWarmUpExtensions
{
    /// <summary>Starts <see cref="HomePageWarmUp"/>: after the database is prepared and everything is mapped, before the host runs.</summary>
    public static WebApplication WarmUpHomePage(this WebApplication app)
    {
        app.Services.GetRequiredService<HomePageWarmUp>().Start(app);
        return app;
    }
}
