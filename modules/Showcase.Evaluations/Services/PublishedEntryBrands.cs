using Showcase.Brands.Services;

namespace Showcase.Evaluations.Services;

internal sealed class PublishedEntryBrands(BrandCatalog catalog) : IEntryBrands
{
    public async Task<EntryBrand?> FindPublishedAsync(string brandCode, CancellationToken cancellationToken = default) =>
        await catalog.FindAsync(brandCode, cancellationToken) is { } brand
            ? new EntryBrand(brand.Code, brand.Content.Title, brand.Content.CommunityCode, brand.DistrictCode, brand.VersionNumber)
            : null;
}
