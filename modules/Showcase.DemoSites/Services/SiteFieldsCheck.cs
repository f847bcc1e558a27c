using Showcase.Abstractions.Content;
using Showcase.Abstractions.Themes;
using Showcase.Brands.Services;
using Showcase.DemoSites.Models;
using Showcase.Organizations.Models;
using Showcase.Organizations.Services;

namespace Showcase.DemoSites.Services;

/// <summary>
/// A site's fields checked against what only the host knows (the organisation tree, the installed themes, the
/// published brands) and put into the site; the settings form and the <c>programmes</c> recipe step share it.
/// </summary>
public sealed class SiteFieldsCheck(IOrganizationDirectory organizations, IThemeDirectory themes, BrandCatalog brands, TimeProvider clock)
{
    /// <summary>The rules of <see cref="SiteRules"/> with the organisation tree, the installed themes and the published brands.</summary>
    public async Task<IReadOnlyList<ContentError>> CheckAsync(SiteFields fields, CancellationToken cancellationToken)
    {
        var tree = await organizations.GetTreeAsync(cancellationToken);
        var published = (await brands.CardsAsync(fields.FeaturedBrands, cancellationToken)).Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        return SiteRules.Validate(fields, code => tree.Find(code) is not null, themes.IsPublic, published.Contains);
    }

    /// <summary>Puts checked fields into the site, with the district derived from its unit.</summary>
    public async Task ApplyAsync(DemoSite site, SiteFields fields, CancellationToken cancellationToken)
    {
        var tree = await organizations.GetTreeAsync(cancellationToken);
        site.Title = fields.Title;
        site.Kind = fields.Kind;
        site.UnitCode = fields.UnitCode;
        site.DistrictCode = DistrictOf(tree, fields.UnitCode);
        site.Theme = fields.Theme;
        site.Summary = fields.Summary;
        site.CoverUrl = fields.CoverUrl;
        site.Contact = fields.Contact;
        site.FeaturedBrands = [.. fields.FeaturedBrands];
        site.UpdatedUtc = clock.GetUtcNow();
    }

    public static string DistrictOf(OrganizationTree tree, string unitCode)
    {
        if (tree.Find(unitCode) is { Kind: UnitKind.District } district)
        {
            return district.Code;
        }

        return tree.AncestorsOf(unitCode).FirstOrDefault(a => a.Kind == UnitKind.District)?.Code ?? "";
    }

}
