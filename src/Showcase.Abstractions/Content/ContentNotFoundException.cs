namespace Showcase.Abstractions.Content;

/// <summary>The item (or the version asked for) does not exist. Mapped to 404 at the edge.</summary>
public sealed class ContentNotFoundException(ContentRef item, string? detail = null)
    : Exception($"{item} was not found{(detail is null ? "" : ": " + detail)}.")
{
    public ContentRef Item { get; } = item;
}
