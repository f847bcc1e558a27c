using System.Globalization;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary>The edit form's fields, as the browser sends them: lists as lines or comma-separated text.</summary>
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
    /// <summary>Comma-separated (either comma).</summary>
    public string? Tags { get; set; }
    public string? Contact { get; set; }
    public string? YearFounded { get; set; }
    public bool IsFeatured { get; set; }
    public string? CoverMediaId { get; set; }
    public bool RemoveCover { get; set; }
    public List<string> Gallery { get; set; } = [];
    public List<string> RemoveGallery { get; set; } = [];

    public static BrandForm From(Brand brand) => new()
    {
        Code = brand.Code,
        Title = brand.Title,
        Slogan = brand.Slogan,
        CommunityCode = brand.CommunityCode,
        Summary = brand.Summary,
        Body = brand.Body,
        Practices = string.Join('\n', brand.Practices),
        Figures = brand.Figures.Select(f => new FigureRow { Label = f.Label, Number = f.Number.ToString(CultureInfo.InvariantCulture), Unit = f.Unit }).ToList(),
        Tags = string.Join(", ", brand.Tags),
        Contact = brand.Contact,
        YearFounded = brand.YearFounded?.ToString(CultureInfo.InvariantCulture),
        IsFeatured = brand.IsFeatured,
        CoverMediaId = brand.CoverMediaId,
        Gallery = [.. brand.Gallery],
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

    /// <returns>the input, or the fields whose text cannot be read (e.g. a figure that is not a number).</returns>
    public (BrandInput Input, List<BrandInputError> Errors) ToInput(string? fixedCode, bool isIllustrative)
    {
        var errors = new List<BrandInputError>();
        var figures = new List<BrandFigure>();
        foreach (var row in Figures.Where(r => !string.IsNullOrWhiteSpace(r.Label) || !string.IsNullOrWhiteSpace(r.Number)))
        {
            var number = (row.Number ?? "").Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Trim();
            if (!decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                errors.Add(new BrandInputError(nameof(Figures), "Error.FigureNumber"));
                break;
            }

            figures.Add(new BrandFigure((row.Label ?? "").Trim(), value, (row.Unit ?? "").Trim()));
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
                errors.Add(new BrandInputError(nameof(YearFounded), "Error.Year", BrandInputRules.FirstYear, DateTime.UtcNow.Year));
            }
        }

        var gallery = Gallery.Except(RemoveGallery, StringComparer.Ordinal).ToList();
        var input = new BrandInput
        {
            Code = (fixedCode ?? Code ?? "").Trim(),
            Title = Title ?? "",
            Slogan = Slogan ?? "",
            CommunityCode = (CommunityCode ?? "").Trim(),
            Summary = Summary ?? "",
            Body = Body ?? "",
            Practices = (Practices ?? "").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList(),
            Figures = figures,
            Tags = (Tags ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            Contact = Contact ?? "",
            YearFounded = year,
            IsFeatured = IsFeatured,
            IsIllustrative = isIllustrative,
            CoverMediaId = RemoveCover || string.IsNullOrEmpty(CoverMediaId) ? null : CoverMediaId,
            Gallery = gallery,
        };
        return (input, errors);
    }
}

public sealed class FigureRow
{
    public string? Label { get; set; }
    public string? Number { get; set; }
    public string? Unit { get; set; }
}
