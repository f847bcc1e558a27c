using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Showcase.Evaluations.Notice;

/// <summary>
/// ASP.NET Core's rate limiter for lodging objections: a fixed window per client address, for POSTs only (reading the
/// form is never limited). A refused client gets 429 with <c>Retry-After</c>, and the objection page itself renders the
/// explanation in the site's theme: the page is run with <see cref="RefusedKey"/> set, so it shows why and stores nothing.
/// </summary>
internal sealed class ObjectionRateLimit(IOptions<NoticeOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "objections";

    /// <summary>Set in <see cref="HttpContext.Items"/> (to the seconds to wait) when the limiter refused the request.</summary>
    public const string RefusedKey = "Showcase.Evaluations.ObjectionRefused";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RenderRefusalAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var settings = options.Value;
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, settings.PermitLimit),
            Window = settings.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private async ValueTask RenderRefusalAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Value.Window;
        var seconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Items[RefusedKey] = seconds;
        if (http.GetEndpoint()?.RequestDelegate is { } page)
        {
            await page(http);
        }
    }
}
