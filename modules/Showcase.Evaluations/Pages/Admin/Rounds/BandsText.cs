using System.Globalization;
using Showcase.Evaluations.Services;
using Showcase.Scoring;

namespace Showcase.Evaluations.Pages.Admin.Rounds;

/// <summary>Grade bands as a manager types them, one a line: <c>TOP10 top=10</c>, <c>A min=85</c>, <c>C</c>.</summary>
public static class BandsText
{
    public static string Write(IEnumerable<Band> bands) => string.Join("\n", bands.Select(b =>
        string.Join(' ', new[] { b.Grade, b.TopRanks is { } top ? $"top={top}" : null, b.MinScore is { } min ? $"min={Display.Number(min)}" : null }.Where(p => p is not null))));

    /// <exception cref="EvaluationRefusedException">INVALID_DEFINITION, naming the line.</exception>
    public static IReadOnlyList<Band> Read(string? text)
    {
        var bands = new List<Band>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int? top = null;
            decimal? min = null;
            foreach (var part in parts.Skip(1))
            {
                if (part.StartsWith("top=", StringComparison.OrdinalIgnoreCase) && int.TryParse(part[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    top = n;
                }
                else if (part.StartsWith("min=", StringComparison.OrdinalIgnoreCase) && decimal.TryParse(part[4..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m))
                {
                    min = m;
                }
                else
                {
                    throw new EvaluationRefusedException(RefusalReasons.InvalidDefinition, $"Band line '{line}': '{part}' is neither top=N nor min=X.");
                }
            }

            bands.Add(new Band(parts[0], top, min));
        }

        return bands;
    }
}
