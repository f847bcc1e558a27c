using Showcase.Abstractions.Events;
using Showcase.Abstractions.Settings;

namespace Showcase.Core.Settings;

/// <summary>The site settings were saved.</summary>
public sealed record SiteSettingsChanged : IDomainEvent;

/// <summary>Makes the settings store read the new values, on every node (each keeps its own copy).</summary>
[EveryNode]
internal sealed class SiteSettingsChangedHandler(SiteSettingsStore store) : IDomainEventHandler<SiteSettingsChanged>
{
    public Task HandleAsync(SiteSettingsChanged domainEvent, CancellationToken cancellationToken)
    {
        store.Invalidate();
        return Task.CompletedTask;
    }
}
