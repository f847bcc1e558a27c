namespace Showcase.Abstractions.Sitemap;

/// <summary>One public address for <c>/sitemap.xml</c>: a path from the site's root (<c>/brands/B01</c>) and when it last changed.</summary>
public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified = null);
