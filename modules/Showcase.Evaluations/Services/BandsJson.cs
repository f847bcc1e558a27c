using System.Text.Json;
using System.Text.Json.Serialization;
using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>Grade bands stored as JSON text (<c>[{"grade":"TOP10","topRanks":10},{"grade":"A","minScore":85}]</c>).</summary>
internal static class BandsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string Write(IEnumerable<Band> bands) =>
        JsonSerializer.Serialize(bands.Select(b => new Stored(b.Grade, b.TopRanks, b.MinScore)).ToList(), Options);

    public static IReadOnlyList<Band> Read(string json) =>
        string.IsNullOrWhiteSpace(json)
            ? []
            : (JsonSerializer.Deserialize<List<Stored>>(json, Options) ?? []).Select(b => new Band(b.Grade, b.TopRanks, b.MinScore)).ToList();

    private sealed record Stored(string Grade, int? TopRanks, decimal? MinScore);
}
