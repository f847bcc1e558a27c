namespace Showcase.Evaluations.Notice;

/// <summary>A boundary decision as published: the order given to entries tied at a band's edge, and why.</summary>
public sealed record NoticeDecision(IReadOnlyList<string> Order, string Reason);
