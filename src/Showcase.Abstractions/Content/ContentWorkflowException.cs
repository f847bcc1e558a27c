namespace Showcase.Abstractions.Content;

/// <summary>An action that the item's state does not allow. <see cref="Key"/> names the message (in <c>SharedText</c>).</summary>
public sealed class ContentWorkflowException(string key, ContentStatus status, ContentAction action)
    : Exception($"{action} is not allowed while the item is {status.State}{(status.IsLive ? " (live)" : "")}.")
{
    public string Key { get; } = key;

    public ContentStatus Status { get; } = status;

    public ContentAction Action { get; } = action;
}
