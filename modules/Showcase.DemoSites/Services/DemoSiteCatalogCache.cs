using Showcase.Abstractions.Content;

namespace Showcase.DemoSites.Services;

/// <summary>
/// What the public site pages read, kept in memory between changes. A change to a site or a page starts a new
/// generation (<see cref="CatalogCache"/>).
/// </summary>
public sealed class DemoSiteCatalogCache : CatalogCache;
