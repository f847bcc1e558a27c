using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;
using Showcase.DemoSites.Services;

namespace Showcase.Leaderboards.Catalog;

/// <summary>
/// The one place that reads the DemoSites module, through <see cref="IDemoSiteDirectory"/> (published sites only), and
/// turns what it gives into API messages.
/// </summary>
public sealed class PublishedDemoSites(IDemoSiteDirectory directory, IOptions<LeaderboardsOptions> options)
{
    /// <summary>One page of the published sites matching the filters, and how many match in all.</summary>
    public async Task<(IReadOnlyList<Api.V1.DemoSite> Sites, int TotalSize)> ListAsync(string? programme, string? kind, string? district, int skip, int take, CancellationToken cancellationToken)
    {
        var list = await directory.ListAsync(new DemoSiteQuery(NullIfEmpty(programme), NullIfEmpty(kind), NullIfEmpty(district), skip, take), cancellationToken);
        return ([.. list.Sites.Select(ToMessage)], list.TotalSize);
    }

    /// <returns>the published site as the API shows it, or null when there is none.</returns>
    public async Task<Api.V1.DemoSite?> FindAsync(string slug, CancellationToken cancellationToken) =>
        await directory.GetAsync(slug, cancellationToken) is { } site ? ToMessage(site) : null;

    private Api.V1.DemoSite ToMessage(DemoSiteInfo site)
    {
        var message = new Api.V1.DemoSite
        {
            Name = site.Name,
            Slug = site.Slug,
            Title = site.Title,
            ProgrammeCode = site.ProgrammeCode,
            ProgrammeTitle = site.ProgrammeTitle,
            Kind = site.Kind,
            KindTitle = site.KindTitle,
            DistrictCode = site.DistrictCode,
            DistrictName = site.DistrictName,
            UnitCode = site.UnitCode,
            UnitName = site.UnitName,
            Summary = site.Summary,
            Url = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/sites/{Uri.EscapeDataString(site.Slug)}",
            Illustrative = site.IsIllustrative,
            UpdateTime = Timestamp.FromDateTimeOffset(site.UpdatedUtc),
        };
        message.FeaturedBrands.AddRange(site.FeaturedBrands);
        return message;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
