using Grpc.Core;
using Shouldly;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.Tests;

[Collection(ApiCollection.Name)]
public sealed class CatalogTests(ApiFixture fixture)
{
    private readonly CatalogService.CatalogServiceClient _catalog = new(fixture.Host.Channel);

    private Metadata Key => LeaderboardsHost.Key(fixture.CatalogKey);

    [Fact]
    public async Task Brands_are_paged_with_signed_tokens_and_filtered_by_district_tag_and_year()
    {
        var seen = new List<string>();
        var request = new ListBrandsRequest { District = "GC", Tag = "志愿服务", Year = 2012, PageSize = 7 };
        var page = await _catalog.ListBrandsAsync(request, Key);
        var total = page.TotalSize;
        while (true)
        {
            seen.AddRange(page.Brands.Select(b => b.Code));
            page.Brands.ShouldAllBe(b => b.DistrictCode == "GC" && b.Tags.Contains("志愿服务") && b.YearFounded == 2012 && b.District == "贵池区");
            if (page.NextPageToken.Length == 0)
            {
                break;
            }

            page = await _catalog.ListBrandsAsync(new ListBrandsRequest(request) { PageToken = page.NextPageToken }, Key);
        }

        // Even brands are in GC, every third has the tag, years cycle by five: i ≡ 0 (mod 2), 0 (mod 3), 2 (mod 5).
        seen.Count.ShouldBe(Enumerable.Range(1, ApiFixture.BigEntries).Count(i => i % 2 == 0 && i % 3 == 0 && i % 5 == 2));
        seen.Count.ShouldBe(total);
        seen.Distinct().Count().ShouldBe(seen.Count);

        var foreign = await Should.ThrowAsync<RpcException>(async () => await _catalog.ListBrandsAsync(new ListBrandsRequest { District = "DZ", PageToken = (await _catalog.ListBrandsAsync(request, Key)).NextPageToken }, Key));
        foreign.StatusCode.ShouldBe(StatusCode.InvalidArgument);
    }

    [Fact]
    public async Task A_published_brand_is_found_by_name_and_an_unknown_one_is_not()
    {
        var brand = await _catalog.GetBrandAsync(new GetBrandRequest { Name = "brands/B0002" }, Key);
        brand.Title.ShouldBe("品牌2");
        brand.Community.ShouldBe("烟柳园社区");
        brand.PublishTime.ShouldNotBeNull();

        (await Should.ThrowAsync<RpcException>(async () => await _catalog.GetBrandAsync(new GetBrandRequest { Name = "brands/NOPE" }, Key))).StatusCode.ShouldBe(StatusCode.NotFound);
    }
}
