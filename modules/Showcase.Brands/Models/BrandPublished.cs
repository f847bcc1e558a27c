using Showcase.Abstractions.Events;

namespace Showcase.Brands.Models;

/// <summary>A version of the brand went live (first time or replacing the previous public copy).</summary>
public sealed record BrandPublished(string Code) : IDomainEvent;
