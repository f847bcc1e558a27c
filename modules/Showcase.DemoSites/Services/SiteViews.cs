namespace Showcase.DemoSites.Services;

/// <summary>A page in a site's navigation.</summary>
public sealed record SiteNavLink(string PageSlug, string Title);

/// <summary>A published demo site as its pages show it: its own title, theme and navigation.</summary>
public sealed record SiteView(
    string Slug, string Title, string Kind, string KindTitle, string ProgrammeCode, string ProgrammeTitle,
    string UnitCode, string UnitName, string DistrictCode, string DistrictName, string Theme,
    string Summary, string CoverUrl, string Contact, IReadOnlyList<string> FeaturedBrands,
    IReadOnlyList<SiteNavLink> Navigation, bool IsIllustrative, DateTimeOffset UpdatedUtc);

/// <summary>The filters of <c>/sites</c>.</summary>
public sealed record SiteListQuery(string? Programme = null, string? Kind = null, string? District = null);

/// <summary>A programme with its published sites.</summary>
public sealed record ProgrammeView(
    string Code, string Title, string Summary, string BodyHtml, IReadOnlyList<Models.ProgrammeKind> Kinds, bool IsIllustrative,
    IReadOnlyList<SiteView> Sites, IReadOnlyList<PlaceOption> Districts);

/// <summary>A district and a name for it, for filters.</summary>
public sealed record PlaceOption(string Code, string Name);
