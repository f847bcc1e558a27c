namespace Showcase.Evaluations.Services;

/// <summary>A published brand as an entry freezes it: the version it was published at and where it comes from.</summary>
public sealed record EntryBrand(string Code, string Title, string CommunityCode, string DistrictCode, int Version);
