namespace Showcase.Abstractions.Navigation;

/// <summary>One address of the sitemap: a path from the site's root (<c>/rounds</c>) and when it last changed, if known.</summary>
public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified = null);
