using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Showcase.Abstractions.Navigation;

namespace Showcase.Brands.Services;

public static class BrandSitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary><c>GET /sitemap.xml</c>: the home page, the brand list, every published brand, and what other modules' <see cref="ISitemapSource"/>s list.</summary>
    public static IEndpointRouteBuilder MapBrandSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", async (BrandCatalog catalog, [FromServices] IEnumerable<ISitemapSource> sources, HttpContext http, CancellationToken cancellationToken) =>
        {
            var root = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
            var brands = await catalog.SitemapAsync(cancellationToken);
            var urls = new List<XElement> { Url(root + "/", null), Url(root + "/brands", null) };
            urls.AddRange(brands.Select(b => Url($"{root}/brands/{Uri.EscapeDataString(b.Code)}", b.PublishedUtc)));
            foreach (var source in sources)
            {
                urls.AddRange((await source.GetEntriesAsync(cancellationToken)).Select(e => Url(root + e.Path, e.LastModified)));
            }

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
