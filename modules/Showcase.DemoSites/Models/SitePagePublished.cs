using Showcase.Abstractions.Events;

namespace Showcase.DemoSites.Models;

/// <summary>A version of a demo-site page went live.</summary>
public sealed record SitePagePublished(string Code) : IDomainEvent;
