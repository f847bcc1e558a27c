using Showcase.Abstractions.Events;

namespace Showcase.Core.Settings;

/// <summary>Drops this node's copy of the site settings, which may have missed another node's change.</summary>
internal sealed class SiteSettingsResync(SiteSettingsStore store) : INodeResync
{
    public string Concern => "site settings";

    public Task ResyncAsync(CancellationToken cancellationToken)
    {
        store.Invalidate();
        return Task.CompletedTask;
    }
}
