using Grpc.Core;
using Showcase.Abstractions.Api;
using Showcase.Api.V1;
using Showcase.Leaderboards.Catalog;
using Showcase.Leaderboards.Paging;
using Showcase.Leaderboards.Snapshots;

namespace Showcase.Leaderboards.Grpc;

/// <summary><c>showcase.v1.CatalogService</c>: published brands (through <see cref="PublishedBrands"/>) and demo sites (through <see cref="PublishedDemoSites"/>).</summary>
[RequiresScope(ApiScopes.CatalogRead)]
public sealed class CatalogGrpcService(PublishedBrands brands, PublishedDemoSites demoSites, PageTokenCodec tokens) : CatalogService.CatalogServiceBase
{
    public override async Task<ListBrandsResponse> ListBrands(ListBrandsRequest request, ServerCallContext context)
    {
        var size = LeaderboardReader.PageSize(request.PageSize);
        var filter = $"district={request.District};tag={request.Tag};year={request.Year}";
        var offset = string.IsNullOrEmpty(request.PageToken) ? 0 : tokens.Decode(request.PageToken, "brands", filter).Offset;
        var codes = await brands.ListCodesAsync(request.District, request.Tag, request.Year, context.CancellationToken);
        var response = new ListBrandsResponse { TotalSize = codes.Count };
        foreach (var code in codes.Skip(offset).Take(size))
        {
            if (await brands.FindAsync(code, full: false, context.CancellationToken) is { } brand)
            {
                response.Brands.Add(brand);
            }
        }

        if (offset + size < codes.Count)
        {
            response.NextPageToken = tokens.Encode(new PageToken("brands", 0, offset + size, filter));
        }

        return response;
    }

    public override async Task<Brand> GetBrand(GetBrandRequest request, ServerCallContext context)
    {
        if (!ResourceNames.TryParseBrand(request.Name, out var code))
        {
            throw ApiException.InvalidArgument("INVALID_NAME", $"'{request.Name}' is not a brand name: expected brands/{{brand_code}}.", "name");
        }

        return await brands.FindAsync(code, full: true, context.CancellationToken)
            ?? throw ApiException.NotFound("BRAND_NOT_FOUND", $"There is no published brand '{request.Name}'.", new Dictionary<string, string> { ["brand"] = request.Name });
    }

    public override async Task<ListDemoSitesResponse> ListDemoSites(ListDemoSitesRequest request, ServerCallContext context)
    {
        var size = LeaderboardReader.PageSize(request.PageSize);
        var filter = $"programme={request.Programme};kind={request.Kind};district={request.District}";
        var offset = string.IsNullOrEmpty(request.PageToken) ? 0 : tokens.Decode(request.PageToken, "sites", filter).Offset;
        var (sites, total) = await demoSites.ListAsync(request.Programme, request.Kind, request.District, offset, size, context.CancellationToken);
        var response = new ListDemoSitesResponse { TotalSize = total };
        response.DemoSites.AddRange(sites);
        if (offset + size < total)
        {
            response.NextPageToken = tokens.Encode(new PageToken("sites", 0, offset + size, filter));
        }

        return response;
    }

    public override async Task<DemoSite> GetDemoSite(GetDemoSiteRequest request, ServerCallContext context)
    {
        if (!ResourceNames.TryParseDemoSite(request.Name, out var slug))
        {
            throw ApiException.InvalidArgument("INVALID_NAME", $"'{request.Name}' is not a demo site name: expected sites/{{site_slug}}.", "name");
        }

        return await demoSites.FindAsync(slug, context.CancellationToken)
            ?? throw ApiException.NotFound("DEMO_SITE_NOT_FOUND", $"There is no published demo site '{request.Name}'.", new Dictionary<string, string> { ["site"] = request.Name });
    }
}
