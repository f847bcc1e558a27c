using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Showcase.Core.Hosting;

/// <summary>
/// Addresses longer than the site accepts are answered by the site, with its themed 414 page and a way back,
/// not by Kestrel's empty 414: Kestrel's own limit is set well above <see cref="MaxAddressLength"/>.
/// </summary>
public static class AddressLengthLimit
{
    /// <summary>Path and query, percent-encoded, in characters. A search of a few thousand Chinese characters fits.</summary>
    public const int MaxAddressLength = 32 * 1024;

    public static void ConfigureKestrel(KestrelServerOptions options) => options.Limits.MaxRequestLineSize = 2 * MaxAddressLength;

    /// <summary>After the status code pages, so that the 414 is shown as a page.</summary>
    public static IApplicationBuilder UseAddressLengthLimit(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            var request = context.Request;
            if ((request.PathBase.Value?.Length ?? 0) + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0) > MaxAddressLength)
            {
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                return Task.CompletedTask;
            }

            return next(context);
        });
        return app;
    }
}
