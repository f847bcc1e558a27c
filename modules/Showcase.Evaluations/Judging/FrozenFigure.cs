namespace Showcase.Evaluations.Judging;

/// <summary>One outcome figure of a frozen brand version, e.g. 1,200 个 点亮楼道.</summary>
public sealed record FrozenFigure(string Label, decimal Number, string Unit);
