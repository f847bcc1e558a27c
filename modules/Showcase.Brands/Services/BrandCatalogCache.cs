using Showcase.Abstractions.Content;

namespace Showcase.Brands.Services;

/// <summary>
/// What the public brand pages read, kept in memory between changes: pages of the list, tags, counts per district,
/// single brands. Publishing and unpublishing start a new generation (<see cref="CatalogCache"/>).
/// </summary>
public sealed class BrandCatalogCache : CatalogCache;
