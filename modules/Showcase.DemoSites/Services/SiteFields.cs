namespace Showcase.DemoSites.Services;

/// <summary>What a manager sets on a demo site (from the settings form or a recipe).</summary>
public sealed record SiteFields
{
    public string Title { get; init; } = "";

    public string Kind { get; init; } = "";

    public string UnitCode { get; init; } = "";

    public string Theme { get; init; } = "";

    public string Summary { get; init; } = "";

    public string CoverUrl { get; init; } = "";

    public string Contact { get; init; } = "";

    public List<string> FeaturedBrands { get; init; } = [];

    public SiteFields Trimmed() => this with
    {
        Title = Title.Trim(),
        Kind = Kind.Trim(),
        UnitCode = UnitCode.Trim(),
        Theme = Theme.Trim(),
        Summary = Summary.Trim(),
        CoverUrl = CoverUrl.Trim(),
        Contact = Contact.Trim(),
        FeaturedBrands = FeaturedBrands.Select(b => b.Trim()).Where(b => b.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
    };
}
