using Showcase.Abstractions.Content;

namespace Showcase.Brands.Pages.Admin.Brands;

/// <summary>One working copy as the admin brand list shows it.</summary>
public sealed record BrandRow(
    string Code,
    string Title,
    string CommunityCode,
    ContentState State,
    bool IsLive,
    int? YearFounded,
    DateTimeOffset UpdatedUtc,
    string UpdatedBy);
