using Showcase.Abstractions.Events;

namespace Showcase.DemoSites.Models;

/// <summary>A demo site was created, changed, published or taken down (its theme, title or visibility may differ now).</summary>
public sealed record DemoSiteChanged(string Slug) : IDomainEvent;
