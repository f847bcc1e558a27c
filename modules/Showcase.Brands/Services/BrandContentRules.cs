using Showcase.Abstractions.Content;
using Showcase.Brands.Models;

namespace Showcase.Brands.Services;

/// <summary>The rules a brand's content must meet, checked before anything is stored. Plain C#: testable without a host.</summary>
public static class BrandContentRules
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

    /// <param name="communityExists">Whether a community with the code exists in the organisation tree.</param>
    /// <param name="mediaExists">Whether an uploaded image with the id exists.</param>
    /// <returns>one error per field at most, keyed by the content's property names.</returns>
    public static IReadOnlyList<ContentError> Validate(BrandContent content, Func<string, bool> communityExists, Func<string, bool> mediaExists, int currentYear)
    {
        var errors = new List<ContentError>();
        Text(errors, nameof(content.Title), content.Title, MaxTitle, required: true);
        Text(errors, nameof(content.Slogan), content.Slogan, MaxSlogan, required: false);
        Text(errors, nameof(content.Summary), content.Summary, MaxSummary, required: true);
        Text(errors, nameof(content.Body), content.Body, MaxBody, required: false);
        Text(errors, nameof(content.Contact), content.Contact, MaxContact, required: false);
        if (string.IsNullOrWhiteSpace(content.CommunityCode))
        {
            errors.Add(new(nameof(content.CommunityCode), "Error.Required"));
        }
        else if (!communityExists(content.CommunityCode))
        {
            errors.Add(new(nameof(content.CommunityCode), "Error.UnknownCommunity", content.CommunityCode));
        }

        if (content.Practices.Count > MaxPractices)
        {
            errors.Add(new(nameof(content.Practices), "Error.TooMany", MaxPractices));
        }
        else if (content.Practices.Any(p => string.IsNullOrWhiteSpace(p) || p.Length > MaxPractice))
        {
            errors.Add(new(nameof(content.Practices), "Error.ItemLength", MaxPractice));
        }

        if (content.Figures.Count > MaxFigures)
        {
            errors.Add(new(nameof(content.Figures), "Error.TooMany", MaxFigures));
        }
        else if (content.Figures.Any(f => string.IsNullOrWhiteSpace(f.Label) || f.Label.Length > MaxFigureLabel || f.Unit.Length > MaxFigureUnit))
        {
            errors.Add(new(nameof(content.Figures), "Error.FigureText", MaxFigureLabel, MaxFigureUnit));
        }
        else if (content.Figures.Any(f => f.Number < 0 || f.Number >= 1_000_000_000_000m))
        {
            errors.Add(new(nameof(content.Figures), "Error.FigureNumber"));
        }

        if (content.Tags.Count > MaxTags)
        {
            errors.Add(new(nameof(content.Tags), "Error.TooMany", MaxTags));
        }
        else if (content.Tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > MaxTag || t.IndexOfAny([',', '，', '/']) >= 0))
        {
            errors.Add(new(nameof(content.Tags), "Error.Tag", MaxTag));
        }
        else if (content.Tags.Distinct(StringComparer.Ordinal).Count() != content.Tags.Count)
        {
            errors.Add(new(nameof(content.Tags), "Error.DuplicateTag"));
        }

        if (content.YearFounded is { } year && (year < FirstYear || year > currentYear))
        {
            errors.Add(new(nameof(content.YearFounded), "Error.Year", FirstYear, currentYear));
        }

        if (content.CoverMediaId is { } cover && !mediaExists(cover))
        {
            errors.Add(new(nameof(content.CoverMediaId), "Error.UnknownImage"));
        }

        if (content.Gallery.Count > MaxGallery)
        {
            errors.Add(new(nameof(content.Gallery), "Error.TooMany", MaxGallery));
        }
        else if (content.Gallery.Any(id => !mediaExists(id)))
        {
            errors.Add(new(nameof(content.Gallery), "Error.UnknownImage"));
        }

        return errors;
    }

    private static void Text(List<ContentError> errors, string field, string value, int max, bool required)
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
