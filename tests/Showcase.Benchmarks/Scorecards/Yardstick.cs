using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Showcase.Benchmarks.Scorecards;

/// <summary>
/// The yardstick of the scorecard benchmark: a bare Kestrel on a free loopback port with the same shape as the
/// scoring path and none of its work. <c>POST /empty</c> answers 204 after reading the body (an empty POST);
/// <c>POST /publish?n=</c> hands n to an in-process broadcaster (one bounded queue per client, as the big screen's)
/// and answers 204; <c>GET /events</c> streams what is published as server-sent events.
/// </summary>
public sealed class Yardstick : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Yardstick(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    public Uri Root { get; }

    public static async Task<Yardstick> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var screens = new List<Channel<string>>();
        app.MapPost("/empty", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            return Results.NoContent();
        });
        app.MapPost("/publish", (string n) =>
        {
            lock (screens)
            {
                foreach (var screen in screens)
                {
                    screen.Writer.TryWrite(n);
                }
            }

            return Results.NoContent();
        });
        app.MapGet("/events", async (HttpContext http) =>
        {
            var screen = Channel.CreateBounded<string>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
            lock (screens)
            {
                screens.Add(screen);
            }

            try
            {
                http.Response.ContentType = "text/event-stream";
                await http.Response.WriteAsync("retry: 2000\n\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
                await foreach (var n in screen.Reader.ReadAllAsync(http.RequestAborted))
                {
                    await http.Response.WriteAsync($"id: {n}\nevent: board\ndata: {{\"ledgerSequence\":{n}}}\n\n", http.RequestAborted);
                    await http.Response.Body.FlushAsync(http.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                lock (screens)
                {
                    screens.Remove(screen);
                }
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Yardstick(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
