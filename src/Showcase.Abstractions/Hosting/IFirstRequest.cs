namespace Showcase.Abstractions.Hosting;

/// <summary>
/// When a start's background work may begin: the checks and loads a start leaves for later (comparing a search index
/// with the database, loading the leaderboards) wait for <see cref="Served"/>, so that on a small machine they do not
/// take the processor from the first request.
/// </summary>
public interface IFirstRequest
{
    /// <summary>
    /// Completes once the host has answered its first request, or <see cref="ShowcaseOptions.BackgroundStartDelay"/>
    /// after it started listening if no request comes (a node nobody calls still does its work).
    /// </summary>
    Task Served { get; }
}
