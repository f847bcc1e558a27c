namespace Showcase.Abstractions.Content;

/// <summary>
/// Where an item stands: the working copy's state, whether a published copy is on the public site, and
/// whether an approved version waits for its publishing time.
/// </summary>
public readonly record struct ContentStatus(ContentState State, bool IsLive, bool IsScheduled)
{
    /// <summary>A new item, before its first save.</summary>
    public static ContentStatus New => new(ContentState.Draft, IsLive: false, IsScheduled: false);
}
