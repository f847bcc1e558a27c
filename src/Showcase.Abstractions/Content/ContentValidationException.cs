namespace Showcase.Abstractions.Content;

/// <summary>The change breaks the rules; nothing was stored. Shown beside the fields by the content pages' filter.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentError> errors)
    : Exception("The content is not valid: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Key}")))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
