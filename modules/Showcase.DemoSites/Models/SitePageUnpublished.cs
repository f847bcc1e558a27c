using Showcase.Abstractions.Events;

namespace Showcase.DemoSites.Models;

/// <summary>A demo-site page's public copy was taken down.</summary>
public sealed record SitePageUnpublished(string Code) : IDomainEvent;
