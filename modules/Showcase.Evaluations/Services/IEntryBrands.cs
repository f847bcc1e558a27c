namespace Showcase.Evaluations.Services;

/// <summary>A published brand as an entry freezes it: the version it was published at and where it comes from.</summary>
public sealed record EntryBrand(string Code, string Title, string CommunityCode, string DistrictCode, int Version);

/// <summary>The published brands entries are made from (read through the Brands module, never its tables).</summary>
public interface IEntryBrands
{
    Task<EntryBrand?> FindPublishedAsync(string brandCode, CancellationToken cancellationToken = default);
}
