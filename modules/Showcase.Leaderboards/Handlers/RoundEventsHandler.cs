using Showcase.Abstractions.Events;
using Showcase.Evaluations.Events;
using Showcase.Leaderboards.Snapshots;

namespace Showcase.Leaderboards.Handlers;

/// <summary>
/// Evaluations' events, delivered after commit: each asks for the round's leaderboards to be rebuilt. Only a
/// request is queued here, so the outbox (and the judge's submission behind it) never waits for a rebuild.
/// Idempotent: a repeated delivery asks for a rebuild that finds the revision already built. Every node holds its own
/// snapshots and feeds its own Watch streams, so every node rebuilds: the event is announced to the whole cluster.
/// </summary>
[EveryNode]
internal sealed class RoundEventsHandler(LeaderboardStore store) :
    IDomainEventHandler<ScorecardSubmitted>,
    IDomainEventHandler<RoundStateChanged>,
    IDomainEventHandler<RoundDefinitionChanged>,
    IDomainEventHandler<ResultsPublished>
{
    public Task HandleAsync(ScorecardSubmitted domainEvent, CancellationToken cancellationToken) => Request(domainEvent.RoundCode, domainEvent.Revision);

    public Task HandleAsync(RoundStateChanged domainEvent, CancellationToken cancellationToken) => Request(domainEvent.RoundCode);

    public Task HandleAsync(RoundDefinitionChanged domainEvent, CancellationToken cancellationToken) => Request(domainEvent.RoundCode);

    public Task HandleAsync(ResultsPublished domainEvent, CancellationToken cancellationToken) => Request(domainEvent.RoundCode);

    private Task Request(string roundCode, long revision = 0)
    {
        store.RequestRefresh(roundCode, revision);
        return Task.CompletedTask;
    }
}
