namespace Showcase.Brands.Models;

/// <summary>
/// Every field an editor writes for a brand, declared once: the working copy (<see cref="Brand"/>), the public
/// copy (<see cref="PublishedBrand"/>), each version's snapshot, the edit form and the recipe all carry this
/// value. A new field is added here, in the form, in the rules and in a migration.
/// </summary>
public sealed record BrandContent
{
    public string Title { get; init; } = "";

    public string Slogan { get; init; } = "";

    /// <summary>The code of the community (organisation unit) that owns the brand.</summary>
    public string CommunityCode { get; init; } = "";

    public string Summary { get; init; } = "";

    /// <summary>Markdown written by the editor; rendered and sanitised when shown.</summary>
    public string Body { get; init; } = "";

    public List<string> Practices { get; init; } = [];

    public List<BrandFigure> Figures { get; init; } = [];

    public List<string> Tags { get; init; } = [];

    /// <summary>Id of the cover image in <see cref="BrandMedia"/>, or null.</summary>
    public string? CoverMediaId { get; init; }

    public List<string> Gallery { get; init; } = [];

    public string Contact { get; init; } = "";

    public int? YearFounded { get; init; }

    /// <summary>Shown first on the home page. Only a manager chooses it.</summary>
    public bool IsFeatured { get; init; }

    /// <summary>Demo text written to illustrate the site, not a real community's account.</summary>
    public bool IsIllustrative { get; init; }

    /// <summary>The same content with the text trimmed, as it is stored.</summary>
    public BrandContent Trimmed() => this with
    {
        Title = Title.Trim(),
        Slogan = Slogan.Trim(),
        CommunityCode = CommunityCode.Trim(),
        Summary = Summary.Trim(),
        Practices = Practices.Select(p => p.Trim()).ToList(),
        Figures = Figures.Select(f => f with { Label = f.Label.Trim(), Unit = f.Unit.Trim() }).ToList(),
        Tags = Tags.Select(t => t.Trim()).ToList(),
        Gallery = [.. Gallery],
        Contact = Contact.Trim(),
    };
}
