using Showcase.Abstractions.Events;
using Showcase.Brands.Services;
using Showcase.Organizations.Models;

namespace Showcase.Brands.Handlers;

/// <summary>Forgets the cached organisation tree when units change, on every node (each caches it).</summary>
[EveryNode]
internal sealed class CommunityDirectoryInvalidator(ICommunityDirectory directory) : IDomainEventHandler<OrganizationUnitsChanged>
{
    public Task HandleAsync(OrganizationUnitsChanged domainEvent, CancellationToken cancellationToken)
    {
        directory.Invalidate();
        return Task.CompletedTask;
    }
}
