using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Showcase.Core.Themes;

/// <summary>
/// <c>/robots.txt</c>: the public pages may be indexed, the admin, account and judging screens not; names the
/// sitemap when a module maps <c>/sitemap.xml</c>.
/// </summary>
public static class RobotsEndpoint
{
    public static IEndpointConventionBuilder MapRobots(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/robots.txt", (HttpContext context, EndpointDataSource sources, IOptions<ThemeOptions> themes) =>
        {
            var lines = new List<string> { "User-agent: *" };
            lines.AddRange(themes.Value.AdminPathPrefixes.Select(prefix => $"Disallow: {prefix}"));
            lines.Add("Disallow: /error");
            var hasSitemap = sources.Endpoints.OfType<RouteEndpoint>().Any(e => e.RoutePattern.RawText?.TrimStart('/') == "sitemap.xml");
            if (hasSitemap)
            {
                var request = context.Request;
                lines.Add($"Sitemap: {request.Scheme}://{request.Host}{request.PathBase}/sitemap.xml");
            }

            return Results.Text(string.Join('\n', lines) + "\n", "text/plain; charset=utf-8");
        });
}
