namespace Showcase.Abstractions.Content;

/// <summary>
/// What the shared diff partial (<c>_ContentDiff</c>, in the core) shows: each changed field as kept, removed and
/// added text, under the label <see cref="Label"/> gives it (the module's text; the field name when null).
/// </summary>
public sealed record ContentDiffView(IReadOnlyList<ContentFieldDiff> Changes, Func<string, string?> Label);
