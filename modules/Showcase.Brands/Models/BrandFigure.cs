namespace Showcase.Brands.Models;

/// <summary>One outcome figure, e.g. 协调解决问题 24,000 件.</summary>
public sealed record BrandFigure(string Label, decimal Number, string Unit);
