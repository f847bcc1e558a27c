namespace Showcase.Abstractions.Content;

/// <summary>The user may not do this to this item. Mapped to 403 at the edge.</summary>
public sealed class ContentAccessDeniedException(string user, ContentOperation operation, ContentRef item)
    : Exception($"{user} may not {operation.Name} {item}.")
{
    public ContentOperation Operation { get; } = operation;
}
