using System.Text.Json;
using Showcase.Abstractions.Content;
using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Judging;

/// <summary>
/// Reads the brand version an entry froze from the core's content history (never the Brands module's tables, and never
/// the brand as it is now). The snapshot is read field by field, so a field the Brands module adds later does no harm.
/// The body is Markdown written by editors: it is shown as plain paragraphs, so nothing in it becomes markup.
/// </summary>
public sealed class FrozenBrandReader(IContentVersioning versions)
{
    /// <summary>The content type the Brands module records its versions under.</summary>
    public const string BrandContentType = "Brand";

    public async Task<FrozenBrand> ReadAsync(Entry entry, CancellationToken cancellationToken = default)
    {
        var version = await versions.GetAsync(new ContentRef(BrandContentType, entry.BrandCode), entry.BrandVersion, cancellationToken);
        if (version is null)
        {
            return new FrozenBrand(false, entry.BrandVersion, entry.Title, "", "", [], [], [], [], "", null);
        }

        using var document = JsonDocument.Parse(version.SnapshotJson);
        var root = document.RootElement;
        return new FrozenBrand(
            true,
            version.Number,
            Text(root, "title") is { Length: > 0 } title ? title : entry.Title,
            Text(root, "slogan"),
            Text(root, "summary"),
            Paragraphs(Text(root, "body")),
            Strings(root, "practices"),
            Figures(root),
            Strings(root, "tags"),
            Text(root, "contact"),
            root.TryGetProperty("yearFounded", out var year) && year.ValueKind == JsonValueKind.Number ? year.GetInt32() : null);
    }

    /// <summary>Blank lines part paragraphs; Markdown's heading and emphasis marks are dropped so the text reads plainly.</summary>
    internal static IReadOnlyList<string> Paragraphs(string body) =>
        [.. body.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.TrimStart('#', ' ').Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal))
            .Where(p => p.Length > 0)];

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static IReadOnlyList<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString() ?? "")]
            : [];

    private static IReadOnlyList<FrozenFigure> Figures(JsonElement root) =>
        root.TryGetProperty("figures", out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray()
                .Where(f => f.ValueKind == JsonValueKind.Object)
                .Select(f => new FrozenFigure(
                    Text(f, "label"),
                    f.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetDecimal() : 0m,
                    Text(f, "unit")))]
            : [];
}
