namespace Showcase.Core.Outbox;

/// <summary>What an outbox row asks for once its command has committed.</summary>
public enum OutboxMessageKind
{
    /// <summary>Deliver a domain event to its handlers.</summary>
    Event,

    /// <summary>Schedule (or reschedule) a job run.</summary>
    ScheduleJob,

    /// <summary>Cancel a pending job run.</summary>
    CancelJob,

    /// <summary>
    /// Not carried out: a copy of an event too large for a cluster notice, kept for the other nodes to read by its id
    /// (<see cref="Cluster.ClusterAnnouncer"/>) and purged after a while.
    /// </summary>
    Announcement,
}

/// <summary>
/// One row of the outbox: written in a command's transaction, carried out after it commits, deleted when
/// done. A row is claimed before it is carried out (<see cref="ClaimedUntil"/>), so that two dispatchers — two
/// requests, or two nodes of a cluster — do not both carry it out while the claim holds.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary><see cref="ClaimedUntil"/> of a row given up after too many failures: no dispatcher takes it again.</summary>
    public const long Parked = long.MaxValue;

    public long Id { get; set; }

    public OutboxMessageKind Kind { get; set; }

    /// <summary>The event's or the job's type, as <c>Full.Name, Assembly</c>.</summary>
    public string Type { get; set; } = "";

    /// <summary>The event as JSON, or the job request (<see cref="JobRequest"/>) as JSON.</summary>
    public string Payload { get; set; } = "";

    /// <summary>Unix milliseconds when the command wrote it.</summary>
    public long CreatedAt { get; set; }

    /// <summary>Unix milliseconds until which a dispatcher holds the row; 0 when nobody does.</summary>
    public long ClaimedUntil { get; set; }

    /// <summary>The dispatcher (node and process) that holds or last held the row.</summary>
    public string ClaimedBy { get; set; } = "";

    public int Attempts { get; set; }

    public string LastError { get; set; } = "";
}

/// <summary>The payload of a <see cref="OutboxMessageKind.ScheduleJob"/> or <see cref="OutboxMessageKind.CancelJob"/> row.</summary>
public sealed record JobRequest(string Key, DateTimeOffset? At, IReadOnlyDictionary<string, string>? Data);
