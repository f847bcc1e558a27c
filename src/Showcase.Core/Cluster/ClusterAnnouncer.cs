using System.Data.Common;
using System.Text;
using Npgsql;
using Showcase.Core.Outbox;

namespace Showcase.Core.Cluster;

/// <summary>
/// Announces a command's events to the other nodes with <c>pg_notify</c>, inside the command's transaction: PostgreSQL
/// delivers a notification only when its transaction commits, so nothing is announced for a change that rolled back.
/// An event whose notice would pass PostgreSQL's payload limit (8,000 bytes) is stored beside it as an
/// <see cref="OutboxMessageKind.Announcement"/> row and announced by that row's id.
/// </summary>
internal sealed class ClusterAnnouncer(ClusterNode node, TimeProvider clock)
{
    /// <summary>The channel every node listens on (per database, as NOTIFY is).</summary>
    public const string Channel = "showcase_events";

    /// <summary>A notice of more bytes than this is sent by reference; PostgreSQL refuses 8,000 and more.</summary>
    public const int MaxPayloadBytes = 7900;

    /// <summary>How long announcement rows are kept for the nodes to read before the replay purges them.</summary>
    public static readonly TimeSpan AnnouncementLifetime = TimeSpan.FromMinutes(10);

    private const int NoticesPerStatement = 100;

    // The origin, the type and the time around the event; generous, so that a notice is never too large by a few bytes.
    private const int EnvelopeBytes = 160;

    /// <summary>One event of the command and, when it is too large to travel inline, the row that carries it.</summary>
    public sealed record Pending(OutboxMessage Event, OutboxMessage? Stored);

    /// <summary>Decides how each event travels; the returned rows with a <see cref="Pending.Stored"/> row are saved with the outbox.</summary>
    public List<Pending> Prepare(IEnumerable<OutboxMessage> messages)
    {
        var pending = new List<Pending>();
        foreach (var message in messages.Where(m => m.Kind == OutboxMessageKind.Event))
        {
            var size = Encoding.UTF8.GetByteCount(message.Payload) + Encoding.UTF8.GetByteCount(message.Type) + Encoding.UTF8.GetByteCount(node.Id) + EnvelopeBytes;
            pending.Add(new Pending(message, size <= MaxPayloadBytes ? null : new OutboxMessage
            {
                Kind = OutboxMessageKind.Announcement,
                Type = message.Type,
                Payload = message.Payload,
                CreatedAt = message.CreatedAt,
                // Never carried out by a dispatcher: it is there to be read, then purged.
                ClaimedUntil = OutboxMessage.Parked,
                ClaimedBy = node.Id,
            }));
        }

        return pending;
    }

    /// <summary>Sends the notices in the command's transaction, once the stored rows have their ids.</summary>
    public async Task NotifyAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Pending> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var at = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var payloads = pending
            .Select(p => new ClusterNotice(node.Id, p.Event.Type, p.Stored is null ? p.Event.Payload : null, p.Stored?.Id, at).ToPayload())
            .ToList();
        foreach (var chunk in payloads.Chunk(NoticesPerStatement))
        {
            await using var command = (NpgsqlCommand)connection.CreateCommand();
            command.Transaction = (NpgsqlTransaction)transaction;
            command.Parameters.Add(new NpgsqlParameter<string>("c", Channel));
            var calls = new StringBuilder("SELECT ");
            for (var i = 0; i < chunk.Length; i++)
            {
                calls.Append(i == 0 ? "" : ", ").Append("pg_notify(@c, @p").Append(i).Append(')');
                command.Parameters.Add(new NpgsqlParameter<string>("p" + i, chunk[i]));
            }

            command.CommandText = calls.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
