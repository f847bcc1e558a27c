namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary>One row of the figures table in the edit form, as typed.</summary>
public sealed class FigureRow
{
    public string? Label { get; set; }
    public string? Number { get; set; }
    public string? Unit { get; set; }
}
