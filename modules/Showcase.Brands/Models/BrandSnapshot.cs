using System.Text.Json.Serialization;
using Showcase.Abstractions.Content;

namespace Showcase.Brands.Models;

/// <summary>What the core's content history keeps of each brand version: every field an editor can change.</summary>
public sealed record BrandSnapshot
{
    public string Title { get; init; } = "";
    public string Slogan { get; init; } = "";
    public string CommunityCode { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Body { get; init; } = "";
    public List<string> Practices { get; init; } = [];
    public List<BrandFigure> Figures { get; init; } = [];
    public List<string> Tags { get; init; } = [];
    public string? CoverMediaId { get; init; }
    public List<string> Gallery { get; init; } = [];
    public string Contact { get; init; } = "";
    public int? YearFounded { get; init; }
    public bool IsFeatured { get; init; }
    public bool IsIllustrative { get; init; }
    // By name, so that a diff between versions reads "InReview → Published".
    [JsonConverter(typeof(JsonStringEnumConverter<ContentState>))]
    public ContentState State { get; init; }

    public static BrandSnapshot Of(Brand brand) => new()
    {
        Title = brand.Title,
        Slogan = brand.Slogan,
        CommunityCode = brand.CommunityCode,
        Summary = brand.Summary,
        Body = brand.Body,
        Practices = [.. brand.Practices],
        Figures = [.. brand.Figures],
        Tags = [.. brand.Tags],
        CoverMediaId = brand.CoverMediaId,
        Gallery = [.. brand.Gallery],
        Contact = brand.Contact,
        YearFounded = brand.YearFounded,
        IsFeatured = brand.IsFeatured,
        IsIllustrative = brand.IsIllustrative,
        State = brand.State,
    };
}
