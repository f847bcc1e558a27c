namespace Showcase.Abstractions.Content;

/// <summary>The store's verdict on a change: the content as it will be stored (trimmed, with what the user may not change kept), and the problems.</summary>
public sealed record ContentCheck<TContent>(TContent Content, IReadOnlyList<ContentError> Errors);
