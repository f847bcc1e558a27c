namespace Showcase.Brands.Models;

/// <summary>One tag of a published brand, as a row, so that the list can filter by tag with an index.</summary>
public sealed class PublishedBrandTag
{
    public int Id { get; set; }

    public int PublishedBrandId { get; set; }

    public string Tag { get; set; } = "";
}
