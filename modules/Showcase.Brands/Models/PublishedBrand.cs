namespace Showcase.Brands.Models;

/// <summary>
/// The public copy of a brand: made from one approved version, with its Markdown already rendered and
/// sanitised, so that the public pages read one row and never see a draft.
/// </summary>
public sealed class PublishedBrand
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public string Slogan { get; set; } = "";

    public string CommunityCode { get; set; } = "";

    public string DistrictCode { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>The body rendered from Markdown and sanitised.</summary>
    public string BodyHtml { get; set; } = "";

    public List<string> Practices { get; set; } = [];

    public List<BrandFigure> Figures { get; set; } = [];

    public List<string> Tags { get; set; } = [];

    public string? CoverMediaId { get; set; }

    public List<string> Gallery { get; set; } = [];

    public string Contact { get; set; } = "";

    public int? YearFounded { get; set; }

    public bool IsFeatured { get; set; }

    public bool IsIllustrative { get; set; }

    public int VersionNumber { get; set; }

    public DateTimeOffset PublishedUtc { get; set; }

    public List<PublishedBrandTag> TagRows { get; set; } = [];
}

/// <summary>One tag of a published brand, as a row, so that the list can filter by tag with an index.</summary>
public sealed class PublishedBrandTag
{
    public int Id { get; set; }

    public int PublishedBrandId { get; set; }

    public string Tag { get; set; } = "";
}
