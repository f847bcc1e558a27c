namespace Showcase.Core.Cluster;

/// <summary>What <c>/healthz</c> says of this node's listening connection.</summary>
public sealed class ClusterListenerState
{
    private readonly Lock _lock = new();
    private bool _connected;
    private DateTimeOffset? _since;
    private int _reconnects;

    /// <summary>False on SQLite (one node, nothing to listen to) and for CLI verbs.</summary>
    public bool Enabled { get; internal set; }

    public bool Connected
    {
        get
        {
            lock (_lock)
            {
                return _connected;
            }
        }
    }

    /// <summary>When the connection was made, or lost.</summary>
    public DateTimeOffset? Since
    {
        get
        {
            lock (_lock)
            {
                return _since;
            }
        }
    }

    /// <summary>How often the connection was made again after it was lost.</summary>
    public int Reconnects => Volatile.Read(ref _reconnects);

    internal void Up(DateTimeOffset at, bool reconnect)
    {
        lock (_lock)
        {
            _connected = true;
            _since = at;
        }

        if (reconnect)
        {
            Interlocked.Increment(ref _reconnects);
        }
    }

    internal void Down(DateTimeOffset at)
    {
        lock (_lock)
        {
            if (_connected || _since is null)
            {
                _since = at;
            }

            _connected = false;
        }
    }
}
