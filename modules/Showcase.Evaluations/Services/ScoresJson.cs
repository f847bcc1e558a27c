using System.Globalization;
using System.Text.Json;

namespace Showcase.Evaluations.Services;

/// <summary>Scores stored as entered: a JSON object of criterion key → decimal text (<c>{"innovation":"36.5"}</c>).</summary>
internal static class ScoresJson
{
    public static string Write(IEnumerable<KeyValuePair<string, decimal>> scores) =>
        JsonSerializer.Serialize(scores.ToDictionary(p => p.Key, p => p.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal));

    public static Dictionary<string, decimal> Read(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [])
            .ToDictionary(p => p.Key, p => decimal.Parse(p.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>Same criteria with the same values (36.5 equals 36.50: a retry may format a number differently).</summary>
    public static bool SameScores(IReadOnlyDictionary<string, decimal> a, IReadOnlyDictionary<string, decimal> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other) && other == p.Value);
}
