using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Showcase.Evaluations.Live;

public static class LiveEndpoints
{
    /// <summary>
    /// <c>GET /rounds/{code}/live/events</c>: the big screen's server-sent events. Every event is a whole board
    /// (<c>event: board</c>, <c>id:</c> the round's revision). On connecting the screen gets the current board, unless
    /// its <c>Last-Event-ID</c> (or <c>?lastEventId=</c>) already names it; then one board per committed change. The stream
    /// ends after <see cref="LiveOptions.StreamLifetime"/> and the browser reconnects by itself. 404 when the round has no big screen.
    /// </summary>
    public static IEndpointRouteBuilder MapLiveEvents(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/rounds/{code}/live/events", StreamAsync);
        return endpoints;
    }

    private static async Task StreamAsync(string code, HttpContext http, LiveBoardReader reader, LiveBroadcaster broadcaster, IOptions<LiveOptions> options)
    {
        var aborted = http.RequestAborted;
        if (await reader.ReadAsync(code, aborted) is not { Live: true })
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // Join first, then read: a change committed in between arrives as a frame, and frames not newer than what was sent are skipped.
        using var screen = broadcaster.Subscribe(code);
        var board = await reader.ReadAsync(code, aborted);
        if (board is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var settings = options.Value;
        using var open = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        open.CancelAfter(settings.StreamLifetime);
        var token = open.Token;
        try
        {
            await response.WriteAsync("retry: 2000\n\n", token);
            var sent = LastEventId(http.Request);
            if (board.Revision != sent)
            {
                await WriteAsync(response, board.ToFrame(), token);
                sent = board.Revision;
            }

            if (!board.Live)
            {
                return;
            }

            await response.Body.FlushAsync(token);
            while (!token.IsCancellationRequested)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(token);
                beat.CancelAfter(settings.Heartbeat);
                try
                {
                    if (!await screen.Frames.WaitToReadAsync(beat.Token))
                    {
                        return;
                    }
                }
                catch (OperationCanceledException) when (!token.IsCancellationRequested)
                {
                    await response.WriteAsync(": ping\n\n", token);
                    await response.Body.FlushAsync(token);
                    continue;
                }

                while (screen.Frames.TryRead(out var frame))
                {
                    if (frame.Id <= sent)
                    {
                        continue;
                    }

                    await WriteAsync(response, frame, token);
                    sent = frame.Id;
                    if (!frame.Live)
                    {
                        await response.Body.FlushAsync(token);
                        return;
                    }
                }

                await response.Body.FlushAsync(token);
            }
        }
        catch (OperationCanceledException)
        {
            // The screen went away, or the stream's lifetime ran out: the browser reconnects with its Last-Event-ID.
        }
    }

    private static Task WriteAsync(HttpResponse response, LiveFrame frame, CancellationToken token) =>
        response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"id: {frame.Id}\nevent: board\ndata: {frame.Json}\n\n"), token);

    private static long LastEventId(HttpRequest request)
    {
        var text = request.Headers["Last-Event-ID"].FirstOrDefault() ?? request.Query["lastEventId"].FirstOrDefault();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;
    }
}
