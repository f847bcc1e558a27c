namespace Showcase.Core.Cluster;

/// <summary>The <c>Showcase:Cluster</c> section: how this node names itself and keeps its listening connection.</summary>
public sealed class ClusterOptions
{
    public const string Section = "Showcase:Cluster";

    /// <summary>The name <c>/healthz</c> and the logs give this node; default <c>{machine}-{process id}</c>.</summary>
    public string? NodeName { get; set; }

    /// <summary>How long the listening connection may stay quiet before a heartbeat query checks it. Default 5 s.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest pause between two attempts to reconnect the listening connection. Default 10 s.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(10);
}
