namespace Showcase.Abstractions.Hosting;

/// <summary>
/// When the background work a start sets off may begin: loading the leaderboards, checking the search indexes. Neither
/// is on the way to the first answer, but on a machine of two cores they took the processor from it. (Work that writes,
/// like the outbox's replay, does not wait: it runs before the first requests, as it always has, rather than beside the
/// first form a visitor sends.) It waits for the host's first response to be sent (a page, a health check, a gRPC call's
/// answer), or for <see cref="ShowcaseOptions.BackgroundStartDelay"/> after the host started when no request comes.
/// </summary>
public interface IBackgroundStartGate
{
    /// <summary>Completes when background work may begin; at once after that.</summary>
    Task WaitAsync(CancellationToken cancellationToken);
}
