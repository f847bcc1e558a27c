using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Showcase.Core.Cluster;

/// <summary>
/// Names the node that answered and says whether its listening connection is up. A node without it still serves
/// what the database holds, but its caches may miss other nodes' changes until it reconnects: degraded, not down.
/// </summary>
internal sealed class ClusterHealthCheck(ClusterNode node, ClusterListenerState listener) : IHealthCheck
{
    public const string NodeKey = "node";

    public const string ListenerKey = "listener";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { [NodeKey] = node.Name };
        if (!listener.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("one node", data));
        }

        var since = listener.Since?.ToString("O") ?? "start";
        data[ListenerKey] = listener.Connected ? $"connected since {since}" : $"disconnected since {since}";
        return Task.FromResult(listener.Connected
            ? HealthCheckResult.Healthy("listening", data)
            : HealthCheckResult.Degraded("not listening: other nodes' changes reach this node's caches only after it reconnects", data: data));
    }
}
