namespace Showcase.Evaluations.Services;

/// <summary>The published brands entries are made from (read through the Brands module, never its tables).</summary>
public interface IEntryBrands
{
    Task<EntryBrand?> FindPublishedAsync(string brandCode, CancellationToken cancellationToken = default);
}
