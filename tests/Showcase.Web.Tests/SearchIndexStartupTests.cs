using Shouldly;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>
/// Both full-text indexes (brands, demo-site pages) are rebuilt at start when their folder is gone, before the site
/// serves (<c>LuceneIndexStartupTask</c>): a restored backup without its search folder still finds on the first request.
/// </summary>
public sealed class SearchIndexStartupTests
{
    [Fact]
    public async Task A_host_started_without_its_search_folder_finds_brands_and_site_pages_at_once()
    {
        var dataDir = Directory.CreateTempSubdirectory("showcase-search-start-").FullName;
        try
        {
            string brandHits, pageHits;
            await using (var first = await ShowcaseProcess.StartAsync(dataDir: dataDir))
            {
                (brandHits, pageHits) = await SearchAsync(first.WebUrl);
            }

            Hits(brandHits, "data-brand=").ShouldBeGreaterThan(0, "the demo data's brands are found before the folder is deleted");
            Hits(pageHits, "data-page=").ShouldBeGreaterThan(0, "the demo sites' pages are found before the folder is deleted");
            Directory.Delete(Path.Combine(dataDir, "search"), recursive: true);

            await using var restarted = await ShowcaseProcess.StartAsync(dataDir: dataDir);
            var (brandsAgain, pagesAgain) = await SearchAsync(restarted.WebUrl);

            Hits(brandsAgain, "data-brand=").ShouldBe(Hits(brandHits, "data-brand="));
            Hits(pagesAgain, "data-page=").ShouldBe(Hits(pageHits, "data-page="));
            Directory.Exists(Path.Combine(dataDir, "search", "brands")).ShouldBeTrue();
            Directory.Exists(Path.Combine(dataDir, "search", "sites")).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static async Task<(string Brands, string Pages)> SearchAsync(Uri site)
    {
        using var http = new HttpClient { BaseAddress = site };
        return (await http.GetStringAsync("/brands/search?q=" + Uri.EscapeDataString("网格")),
            await http.GetStringAsync("/sites/search?q=" + Uri.EscapeDataString("红色")));
    }

    private static int Hits(string html, string marker) => html.Split(marker).Length - 1;
}
