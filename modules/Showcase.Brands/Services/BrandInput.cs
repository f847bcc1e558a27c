using System.Text.RegularExpressions;
using Showcase.Brands.Models;

namespace Showcase.Brands.Services;

/// <summary>The fields an editor (or a recipe) gives for a brand entry.</summary>
public sealed record BrandInput
{
    public string Code { get; init; } = "";
    public string Title { get; init; } = "";
    public string Slogan { get; init; } = "";
    public string CommunityCode { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Body { get; init; } = "";
    public IReadOnlyList<string> Practices { get; init; } = [];
    public IReadOnlyList<BrandFigure> Figures { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? CoverMediaId { get; init; }
    public IReadOnlyList<string> Gallery { get; init; } = [];
    public string Contact { get; init; } = "";
    public int? YearFounded { get; init; }
    public bool IsFeatured { get; init; }
    public bool IsIllustrative { get; init; }

    public static BrandInput From(Brand brand) => new()
    {
        Code = brand.Code,
        Title = brand.Title,
        Slogan = brand.Slogan,
        CommunityCode = brand.CommunityCode,
        Summary = brand.Summary,
        Body = brand.Body,
        Practices = brand.Practices.ToList(),
        Figures = brand.Figures.ToList(),
        Tags = brand.Tags.ToList(),
        CoverMediaId = brand.CoverMediaId,
        Gallery = brand.Gallery.ToList(),
        Contact = brand.Contact,
        YearFounded = brand.YearFounded,
        IsFeatured = brand.IsFeatured,
        IsIllustrative = brand.IsIllustrative,
    };
}

/// <summary>One problem with one field: <see cref="Field"/> is the input's property name, <see cref="Key"/> the message.</summary>
public sealed record BrandInputError(string Field, string Key, params object[] Arguments);

/// <summary>The rules a brand's fields must meet, checked before anything is stored.</summary>
public static partial class BrandInputRules
{
    public const int MaxTitle = 100;
    public const int MaxSlogan = 100;
    public const int MaxSummary = 500;
    public const int MaxBody = 20_000;
    public const int MaxPractices = 20;
    public const int MaxPractice = 300;
    public const int MaxFigures = 12;
    public const int MaxFigureLabel = 50;
    public const int MaxFigureUnit = 10;
    public const int MaxTags = 10;
    public const int MaxTag = 20;
    public const int MaxGallery = 12;
    public const int MaxContact = 200;
    public const int FirstYear = 1949;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex CodePattern();

    /// <param name="communityExists">Whether a community with the code exists in the organisation tree.</param>
    /// <param name="mediaExists">Whether an uploaded image with the id exists.</param>
    public static IReadOnlyList<BrandInputError> Validate(BrandInput input, Func<string, bool> communityExists, Func<string, bool> mediaExists, int currentYear)
    {
        var errors = new List<BrandInputError>();
        if (!CodePattern().IsMatch(input.Code))
        {
            errors.Add(new(nameof(input.Code), "Error.Code"));
        }

        Text(errors, nameof(input.Title), input.Title, MaxTitle, required: true);
        Text(errors, nameof(input.Slogan), input.Slogan, MaxSlogan, required: false);
        Text(errors, nameof(input.Summary), input.Summary, MaxSummary, required: true);
        Text(errors, nameof(input.Body), input.Body, MaxBody, required: false);
        Text(errors, nameof(input.Contact), input.Contact, MaxContact, required: false);
        if (string.IsNullOrWhiteSpace(input.CommunityCode))
        {
            errors.Add(new(nameof(input.CommunityCode), "Error.Required"));
        }
        else if (!communityExists(input.CommunityCode))
        {
            errors.Add(new(nameof(input.CommunityCode), "Error.UnknownCommunity", input.CommunityCode));
        }

        if (input.Practices.Count > MaxPractices)
        {
            errors.Add(new(nameof(input.Practices), "Error.TooMany", MaxPractices));
        }
        else if (input.Practices.Any(p => string.IsNullOrWhiteSpace(p) || p.Length > MaxPractice))
        {
            errors.Add(new(nameof(input.Practices), "Error.ItemLength", MaxPractice));
        }

        if (input.Figures.Count > MaxFigures)
        {
            errors.Add(new(nameof(input.Figures), "Error.TooMany", MaxFigures));
        }

        foreach (var figure in input.Figures)
        {
            if (string.IsNullOrWhiteSpace(figure.Label) || figure.Label.Length > MaxFigureLabel || figure.Unit.Length > MaxFigureUnit)
            {
                errors.Add(new(nameof(input.Figures), "Error.FigureText", MaxFigureLabel, MaxFigureUnit));
                break;
            }

            if (figure.Number < 0 || figure.Number >= 1_000_000_000_000m)
            {
                errors.Add(new(nameof(input.Figures), "Error.FigureNumber"));
                break;
            }
        }

        if (input.Tags.Count > MaxTags)
        {
            errors.Add(new(nameof(input.Tags), "Error.TooMany", MaxTags));
        }
        else if (input.Tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > MaxTag || t.IndexOfAny([',', '，', '/']) >= 0))
        {
            errors.Add(new(nameof(input.Tags), "Error.Tag", MaxTag));
        }
        else if (input.Tags.Distinct(StringComparer.Ordinal).Count() != input.Tags.Count)
        {
            errors.Add(new(nameof(input.Tags), "Error.DuplicateTag"));
        }

        if (input.YearFounded is { } year && (year < FirstYear || year > currentYear))
        {
            errors.Add(new(nameof(input.YearFounded), "Error.Year", FirstYear, currentYear));
        }

        if (input.CoverMediaId is { } cover && !mediaExists(cover))
        {
            errors.Add(new(nameof(input.CoverMediaId), "Error.UnknownImage"));
        }

        if (input.Gallery.Count > MaxGallery)
        {
            errors.Add(new(nameof(input.Gallery), "Error.TooMany", MaxGallery));
        }
        else if (input.Gallery.Any(id => !mediaExists(id)))
        {
            errors.Add(new(nameof(input.Gallery), "Error.UnknownImage"));
        }

        return errors;
    }

    private static void Text(List<BrandInputError> errors, string field, string value, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "Error.Required"));
        }
        else if (value.Length > max)
        {
            errors.Add(new(field, "Error.TooLong", max));
        }
    }
}

/// <summary>The input breaks the rules; nothing was stored.</summary>
public sealed class BrandValidationException(IReadOnlyList<BrandInputError> errors)
    : Exception("The brand is not valid: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Key}")))
{
    public IReadOnlyList<BrandInputError> Errors { get; } = errors;
}
