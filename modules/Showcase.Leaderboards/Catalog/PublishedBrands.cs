using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Showcase.Brands.Services;
using Showcase.Leaderboards.Snapshots;

namespace Showcase.Leaderboards.Catalog;

/// <summary>
/// The one place that reads the Brands module, through its narrowest public read (<see cref="BrandCatalog"/>, which
/// only ever sees published copies), and turns what it gives into API messages. A rename there touches this file only.
/// </summary>
public sealed class PublishedBrands(BrandCatalog catalog, ICommunityDirectory communities, IOptions<LeaderboardsOptions> options)
{
    /// <summary>The codes of the published brands matching the filters, in the catalogue's order (featured first, then code).</summary>
    public async Task<IReadOnlyList<string>> ListCodesAsync(string? district, string? tag, int year, CancellationToken cancellationToken)
    {
        var codes = new List<string>();
        var page = 1;
        while (true)
        {
            var result = await catalog.ListAsync(new BrandListQuery(NullIfEmpty(district), NullIfEmpty(tag), page), cancellationToken);
            codes.AddRange(result.Items.Where(b => year == 0 || b.YearFounded == year).Select(b => b.Code));
            if (page >= result.PageCount)
            {
                return codes;
            }

            page++;
        }
    }

    /// <returns>the published brand as the API shows it, or null when there is none.</returns>
    public async Task<Api.V1.Brand?> FindAsync(string code, bool full, CancellationToken cancellationToken)
    {
        var brand = await catalog.FindAsync(code, cancellationToken);
        if (brand is null)
        {
            return null;
        }

        var content = brand.Content;
        var places = await communities.GetAsync(cancellationToken);
        var community = places.Community(content.CommunityCode);
        var message = new Api.V1.Brand
        {
            Name = ResourceNames.Brand(brand.Code),
            Code = brand.Code,
            Title = content.Title,
            Slogan = content.Slogan,
            Summary = content.Summary,
            CommunityCode = content.CommunityCode,
            Community = community?.CommunityName ?? content.CommunityCode,
            DistrictCode = brand.DistrictCode,
            District = places.DistrictName(brand.DistrictCode),
            Tags = { content.Tags },
            YearFounded = content.YearFounded ?? 0,
            CoverUri = content.CoverMediaId is { } cover ? $"{options.Value.PublicBaseUrl.TrimEnd('/')}/brands/media/{Uri.EscapeDataString(cover)}/large.jpg" : "",
            Illustrative = content.IsIllustrative,
        };
        if (full)
        {
            message.Practices.AddRange(content.Practices);
            message.PublishTime = Timestamp.FromDateTimeOffset(brand.PublishedUtc);
        }

        return message;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
