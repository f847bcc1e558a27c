using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Showcase.Core.Hosting;

/// <summary>Ends the <see cref="StartupTimeline"/> with the first request served; every later request only reads one field.</summary>
internal static class FirstRequestMark
{
    public static IApplicationBuilder UseFirstRequestMark(this IApplicationBuilder app, StartupTimeline timeline)
    {
        var marked = 0;
        return app.Use((context, next) =>
        {
            if (Volatile.Read(ref marked) == 0)
            {
                context.Response.OnCompleted(() =>
                {
                    if (Interlocked.Exchange(ref marked, 1) == 0)
                    {
                        timeline.Mark($"first request served ({context.Request.Path} {context.Response.StatusCode})");
                    }

                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
    }
}
