using Showcase.Abstractions.Content;

namespace Showcase.Brands.Models;

/// <summary>
/// The working copy of a brand entry: what editors change, and where it stands in the editorial workflow.
/// The public site never reads it; it reads the <see cref="PublishedBrand"/> made when a manager approves a version.
/// </summary>
public sealed class Brand : ContentItem<BrandContent>
{
    public const string TypeName = "Brand";

    public override string ContentType => TypeName;

    /// <summary>The community's district, copied from the organisation tree when saved, for filtering.</summary>
    public string DistrictCode { get; set; } = "";
}
