using Microsoft.Extensions.Options;

namespace Showcase.Core.Cluster;

/// <summary>This process as a node of a cluster: the name it shows and the id its outbox claims and announcements carry.</summary>
public sealed class ClusterNode
{
    public ClusterNode(IOptions<ClusterOptions> options)
    {
        var configured = options.Value.NodeName;
        Name = string.IsNullOrWhiteSpace(configured) ? $"{Environment.MachineName}-{Environment.ProcessId}" : configured.Trim();
        Id = $"{Name}:{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>What <c>/healthz</c> and the logs call this node (configured, or machine and process id).</summary>
    public string Name { get; }

    /// <summary>
    /// Unique to this run of the process: the name plus a random part, since a configured name, or a process id in a
    /// container, comes back after a restart, and a restarted node must not take its previous run's claims or
    /// announcements for its own.
    /// </summary>
    public string Id { get; }
}
