using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Showcase.Core.Themes;

/// <summary>
/// <c>/favicon.ico</c>, which browsers ask for on every site: the gold star on party red, built into the host so
/// that it is there however the site is deployed.
/// </summary>
public static class FaviconEndpoint
{
    private static readonly Lazy<byte[]> Icon = new(() =>
    {
        using var stream = typeof(FaviconEndpoint).Assembly.GetManifestResourceStream("Showcase.Core.Themes.favicon.ico")
            ?? throw new InvalidOperationException("favicon.ico is not embedded in Showcase.Core.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IEndpointConventionBuilder MapFavicon(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/favicon.ico", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=604800";
            return Results.Bytes(Icon.Value, "image/x-icon");
        });
}
