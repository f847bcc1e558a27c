using Showcase.Abstractions.Content;

namespace Showcase.Brands.Models;

/// <summary>
/// The working copy of a brand entry: what editors change. The public site never reads it; it reads
/// the <see cref="PublishedBrand"/> made when a manager approves a version.
/// </summary>
public sealed class Brand
{
    public const string ContentType = "Brand";

    public int Id { get; set; }

    /// <summary>Stable key used by recipes, URLs and other modules, e.g. <c>B01</c>.</summary>
    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public string Slogan { get; set; } = "";

    /// <summary>The code of the community (organisation unit) that owns the brand.</summary>
    public string CommunityCode { get; set; } = "";

    /// <summary>The community's district, copied from the organisation tree when saved, for filtering.</summary>
    public string DistrictCode { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Markdown written by the editor; rendered and sanitised when shown.</summary>
    public string Body { get; set; } = "";

    public List<string> Practices { get; set; } = [];

    public List<BrandFigure> Figures { get; set; } = [];

    public List<string> Tags { get; set; } = [];

    /// <summary>Id of the cover image in <see cref="BrandMedia"/>, or null.</summary>
    public string? CoverMediaId { get; set; }

    public List<string> Gallery { get; set; } = [];

    public string Contact { get; set; } = "";

    public int? YearFounded { get; set; }

    /// <summary>Shown first on the home page.</summary>
    public bool IsFeatured { get; set; }

    /// <summary>Demo text written to illustrate the site, not a real community's account.</summary>
    public bool IsIllustrative { get; set; }

    public ContentState State { get; set; } = ContentState.Draft;

    /// <summary>The manager's comment when a version was returned to the editor.</summary>
    public string ReviewComment { get; set; } = "";

    /// <summary>Set when a manager approved the version for publishing later.</summary>
    public DateTimeOffset? PublishAtUtc { get; set; }

    /// <summary>True while a published copy of some version is on the public site.</summary>
    public bool IsLive { get; set; }

    /// <summary>Number of the latest version recorded in the core's content history.</summary>
    public int VersionNumber { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public ContentRef Ref => new(ContentType, Code);
}

/// <summary>One outcome figure, e.g. 协调解决问题 24,000 件.</summary>
public sealed record BrandFigure(string Label, decimal Number, string Unit);
