using Showcase.Abstractions.Events;

namespace Showcase.Brands.Models;

/// <summary>The brand's public copy was taken down.</summary>
public sealed record BrandUnpublished(string Code) : IDomainEvent;
