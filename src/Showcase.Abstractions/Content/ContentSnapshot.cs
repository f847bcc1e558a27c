using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Showcase.Abstractions.Content;

/// <summary>
/// How content snapshots are written and read: camelCase JSON objects with Chinese text kept readable.
/// Modules restore a version with <see cref="ReadSnapshot{T}"/> so that both directions use the same rules.
/// </summary>
public static class ContentSnapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The snapshot of a version as the type it was recorded from (to restore a version).</summary>
    public static T ReadSnapshot<T>(this ContentVersionInfo version) =>
        JsonSerializer.Deserialize<T>(version.SnapshotJson, Options)
            ?? throw new InvalidOperationException($"Version {version.Number} of {version.Item} has an empty snapshot.");

    public static string Serialize(object snapshot)
    {
        var json = JsonSerializer.SerializeToElement(snapshot, snapshot.GetType(), Options);
        return json.ValueKind == JsonValueKind.Object
            ? JsonSerializer.Serialize(json, Options)
            : throw new ArgumentException($"A content snapshot must serialize to a JSON object, not {json.ValueKind}.", nameof(snapshot));
    }

    /// <summary>
    /// Field-by-field changes between two snapshot objects, in the order the fields first appear. Text
    /// values are shown as the text itself, other values (numbers, lists, nested objects) as compact JSON;
    /// a field missing on one side is null there.
    /// </summary>
    public static IReadOnlyList<ContentFieldChange> Diff(JsonElement before, JsonElement after)
    {
        var fields = before.EnumerateObject().Select(p => p.Name)
            .Concat(after.EnumerateObject().Select(p => p.Name))
            .Distinct(StringComparer.Ordinal);
        var changes = new List<ContentFieldChange>();
        foreach (var field in fields)
        {
            var old = Canonical(before, field);
            var @new = Canonical(after, field);
            if (old != @new)
            {
                changes.Add(new ContentFieldChange(field, Readable(before, field), Readable(after, field)));
            }
        }

        return changes;
    }

    private static string? Canonical(JsonElement obj, string field) =>
        obj.TryGetProperty(field, out var value) ? JsonSerializer.Serialize(value, Options) : null;

    private static string? Readable(JsonElement obj, string field) => obj.TryGetProperty(field, out var value)
        ? value.ValueKind == JsonValueKind.String ? value.GetString() : JsonSerializer.Serialize(value, Options)
        : null;
}
