using Showcase.Abstractions.Events;
using Showcase.Leaderboards.Snapshots;
using Showcase.Organizations.Models;

namespace Showcase.Leaderboards.Handlers;

/// <summary>
/// Units renamed or moved: the leaderboards read the organisation tree again at their next rebuild (they hold it
/// between rebuilds). Every node holds its own tree, so the event is announced to the whole cluster.
/// </summary>
[EveryNode]
internal sealed class OrganizationEventsHandler(LeaderboardStore store) : IDomainEventHandler<OrganizationUnitsChanged>
{
    public Task HandleAsync(OrganizationUnitsChanged domainEvent, CancellationToken cancellationToken)
    {
        store.ForgetOrganizations();
        return Task.CompletedTask;
    }
}
