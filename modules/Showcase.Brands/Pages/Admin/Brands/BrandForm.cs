using System.Globalization;
using Showcase.Abstractions.Content;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary>
/// The edit form's fields as the browser sends them: the <see cref="BrandContent"/> fields by the same names,
/// lists as lines or comma-separated text, numbers as text (so that a typo is shown, not lost).
/// </summary>
public sealed class BrandForm
{
    public const int FigureRows = 6;

    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Slogan { get; set; }
    public string? CommunityCode { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    /// <summary>One practice per line.</summary>
    public string? Practices { get; set; }
    public List<FigureRow> Figures { get; set; } = [];
    /// <summary>Comma-separated (either comma, or 、).</summary>
    public string? Tags { get; set; }
    public string? Contact { get; set; }
    public string? YearFounded { get; set; }
    public bool IsFeatured { get; set; }
    /// <summary>Carried through the form unchanged (a recipe sets it; editors do not).</summary>
    public bool IsIllustrative { get; set; }
    public string? CoverMediaId { get; set; }
    public bool RemoveCover { get; set; }
    public List<string> Gallery { get; set; } = [];
    public List<string> RemoveGallery { get; set; } = [];

    public static BrandForm From(string code, BrandContent content) => new()
    {
        Code = code,
        Title = content.Title,
        Slogan = content.Slogan,
        CommunityCode = content.CommunityCode,
        Summary = content.Summary,
        Body = content.Body,
        Practices = string.Join('\n', content.Practices),
        Figures = content.Figures.Select(f => new FigureRow { Label = f.Label, Number = f.Number.ToString(CultureInfo.InvariantCulture), Unit = f.Unit }).ToList(),
        Tags = string.Join(", ", content.Tags),
        Contact = content.Contact,
        YearFounded = content.YearFounded?.ToString(CultureInfo.InvariantCulture),
        IsFeatured = content.IsFeatured,
        IsIllustrative = content.IsIllustrative,
        CoverMediaId = content.CoverMediaId,
        Gallery = [.. content.Gallery],
    };

    /// <summary>Pads the figure rows so that the form always offers empty ones to fill.</summary>
    public BrandForm WithFigureRows()
    {
        while (Figures.Count < FigureRows)
        {
            Figures.Add(new FigureRow());
        }

        return this;
    }

    /// <returns>the content, and the fields whose text cannot be read (e.g. a figure that is not a number).</returns>
    public (BrandContent Content, List<ContentError> Problems) ToContent()
    {
        var problems = new List<ContentError>();
        var figures = new List<BrandFigure>();
        foreach (var row in Figures.Where(r => !string.IsNullOrWhiteSpace(r.Label) || !string.IsNullOrWhiteSpace(r.Number)))
        {
            var number = (row.Number ?? "").Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Trim();
            if (!decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add(new ContentError(nameof(Figures), "Error.FigureNumber"));
                break;
            }

            figures.Add(new BrandFigure(row.Label ?? "", value, row.Unit ?? ""));
        }

        int? year = null;
        if (!string.IsNullOrWhiteSpace(YearFounded))
        {
            if (int.TryParse(YearFounded.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                year = y;
            }
            else
            {
                problems.Add(new ContentError(nameof(YearFounded), "Error.Year", BrandContentRules.FirstYear, DateTime.UtcNow.Year));
            }
        }

        var content = new BrandContent
        {
            Title = Title ?? "",
            Slogan = Slogan ?? "",
            CommunityCode = CommunityCode ?? "",
            Summary = Summary ?? "",
            Body = Body ?? "",
            Practices = (Practices ?? "").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList(),
            Figures = figures,
            Tags = (Tags ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            Contact = Contact ?? "",
            YearFounded = year,
            IsFeatured = IsFeatured,
            IsIllustrative = IsIllustrative,
            CoverMediaId = RemoveCover || string.IsNullOrEmpty(CoverMediaId) ? null : CoverMediaId,
            Gallery = Gallery.Except(RemoveGallery, StringComparer.Ordinal).ToList(),
        };
        return (content, problems);
    }
}
