using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Showcase.Abstractions.Sitemap;

namespace Showcase.Core.Sitemap;

public static class SitemapEndpoint
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// <c>GET /sitemap.xml</c>: the home page and what every enabled module contributes
    /// (<see cref="ISitemapSource"/>), each address once.
    /// </summary>
    public static IEndpointRouteBuilder MapShowcaseSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", async (IEnumerable<ISitemapSource> sources, HttpContext http, CancellationToken cancellationToken) =>
        {
            var root = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
            var entries = new List<SitemapEntry> { new("/") };
            foreach (var source in sources)
            {
                entries.AddRange(await source.GetEntriesAsync(cancellationToken));
            }

            var urls = entries.DistinctBy(e => e.Path, StringComparer.Ordinal).Select(e => Url(root + e.Path, e.LastModified));
            var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset", urls));
            return Results.Text(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
        });
        return endpoints;
    }

    private static XElement Url(string location, DateTimeOffset? lastModified)
    {
        var url = new XElement(Ns + "url", new XElement(Ns + "loc", location));
        if (lastModified is { } at)
        {
            url.Add(new XElement(Ns + "lastmod", at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return url;
    }
}
