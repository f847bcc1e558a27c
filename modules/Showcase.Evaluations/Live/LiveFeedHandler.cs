using Showcase.Abstractions.Events;
using Showcase.Evaluations.Events;

namespace Showcase.Evaluations.Live;

/// <summary>
/// After commit, tells the big screens that their round changed. Runs in the request that committed, so it only
/// signals (constant time); the frame is computed by the round's feed, off the scorer's path.
/// </summary>
internal sealed class LiveFeedHandler(LiveBroadcaster broadcaster)
    : IDomainEventHandler<ScorecardSubmitted>, IDomainEventHandler<RoundStateChanged>, IDomainEventHandler<RoundDefinitionChanged>
{
    public Task HandleAsync(ScorecardSubmitted domainEvent, CancellationToken cancellationToken) => Notify(domainEvent.RoundCode);

    public Task HandleAsync(RoundStateChanged domainEvent, CancellationToken cancellationToken) => Notify(domainEvent.RoundCode);

    public Task HandleAsync(RoundDefinitionChanged domainEvent, CancellationToken cancellationToken) => Notify(domainEvent.RoundCode);

    private Task Notify(string roundCode)
    {
        broadcaster.Notify(roundCode);
        return Task.CompletedTask;
    }
}
