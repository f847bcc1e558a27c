namespace Showcase.Brands.Models;

/// <summary>
/// The public copy of a brand: made from one approved version, with its Markdown already rendered and
/// sanitised, so that the public pages read one row and never see a draft.
/// </summary>
public sealed class PublishedBrand
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    /// <summary>The approved version's content.</summary>
    public BrandContent Content { get; set; } = new();

    public string DistrictCode { get; set; } = "";

    /// <summary>The body rendered from Markdown and sanitised.</summary>
    public string BodyHtml { get; set; } = "";

    public int VersionNumber { get; set; }

    public DateTimeOffset PublishedUtc { get; set; }

    public List<PublishedBrandTag> TagRows { get; set; } = [];
}
