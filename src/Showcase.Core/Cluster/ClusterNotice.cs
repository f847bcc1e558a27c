using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Showcase.Core.Cluster;

/// <summary>
/// What one node tells the others about an event its command committed: the event's type and JSON (ids and
/// versions), or, when that would not fit PostgreSQL's payload limit, the id of an outbox row that holds it; the
/// node it came from; and when it was announced (Unix ms), from which the receiver measures its lag.
/// </summary>
internal sealed record ClusterNotice(string Origin, string Type, string? Event, long? StoredId, long At)
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false };

    /// <summary>The payload of <c>pg_notify</c>: <c>{"o":…,"t":…,"at":…,"e":{…}}</c> or <c>{"o":…,"t":…,"at":…,"id":…}</c>.</summary>
    public string ToPayload()
    {
        var buffer = new ArrayBufferWriter<byte>(256 + (Event?.Length ?? 0));
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            writer.WriteString("o", Origin);
            writer.WriteString("t", Type);
            writer.WriteNumber("at", At);
            if (StoredId is { } id)
            {
                writer.WriteNumber("id", id);
            }
            else
            {
                writer.WritePropertyName("e");
                writer.WriteRawValue(Event ?? "null", skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <exception cref="JsonException">not a notice.</exception>
    public static ClusterNotice Parse(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        return new ClusterNotice(
            root.GetProperty("o").GetString() ?? throw new JsonException("no origin"),
            root.GetProperty("t").GetString() ?? throw new JsonException("no type"),
            root.TryGetProperty("e", out var e) ? e.GetRawText() : null,
            root.TryGetProperty("id", out var id) ? id.GetInt64() : null,
            root.GetProperty("at").GetInt64());
    }
}
