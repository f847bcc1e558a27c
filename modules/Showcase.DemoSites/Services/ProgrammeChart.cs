using System.Globalization;
using System.Net;
using System.Text;

namespace Showcase.DemoSites.Services;

/// <summary>Sites of one kind in one district, for <see cref="ProgrammeChart"/>.</summary>
public sealed record ChartCell(string DistrictCode, string Kind, int Count);

/// <summary>
/// Draws a programme's sites per district, one bar per district split by kind, as an SVG on the server: no
/// script, no style attribute or element (the strict CSP allows neither); colours are presentation attributes
/// that the theme's CSS may override through the classes <c>ds-chart__k0</c>…<c>ds-chart__k5</c>.
/// </summary>
public static class ProgrammeChart
{
    private const int Width = 680;
    private const int LabelWidth = 130;
    private const int BarHeight = 24;
    private const int Gap = 10;
    private const int Top = 8;
    private const int LegendHeight = 34;

    private static readonly string[] Colours = ["#b71c1c", "#e57373", "#8d6e63", "#455a64", "#2e7d32", "#6a1b9a"];

    public static string Render(IReadOnlyList<PlaceOption> districts, IReadOnlyList<(string Kind, string Title)> kinds, IReadOnlyList<ChartCell> cells, string title)
    {
        var rows = districts.Where(d => cells.Any(c => c.DistrictCode == d.Code && c.Count > 0)).ToList();
        var totals = rows.ToDictionary(d => d.Code, d => cells.Where(c => c.DistrictCode == d.Code).Sum(c => c.Count));
        var max = Math.Max(1, totals.Count == 0 ? 1 : totals.Values.Max());
        var height = Top * 2 + rows.Count * (BarHeight + Gap) + LegendHeight;
        var barSpace = Width - LabelWidth - 50;
        var svg = new StringBuilder();
        var t = WebUtility.HtmlEncode(title);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ds-chart\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{t}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{t}</title>");
        for (var i = 0; i < rows.Count; i++)
        {
            var district = rows[i];
            var y = Top + i * (BarHeight + Gap);
            var name = WebUtility.HtmlEncode(district.Name);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"ds-chart__row\" data-district=\"{WebUtility.HtmlEncode(district.Code)}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"ds-chart__label\" x=\"{LabelWidth - 10}\" y=\"{y + BarHeight - 7}\" text-anchor=\"end\" font-size=\"15\" fill=\"currentColor\">{name}</text>");
            var x = (double)LabelWidth;
            for (var k = 0; k < kinds.Count; k++)
            {
                var count = cells.Where(c => c.DistrictCode == district.Code && c.Kind == kinds[k].Kind).Sum(c => c.Count);
                if (count == 0)
                {
                    continue;
                }

                var w = barSpace * (double)count / max;
                var label = WebUtility.HtmlEncode($"{district.Name} · {kinds[k].Title}: {count}");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"ds-chart__k{k % Colours.Length}\" data-kind=\"{WebUtility.HtmlEncode(kinds[k].Kind)}\" x=\"{x:0.#}\" y=\"{y}\" width=\"{Math.Max(w, 2):0.#}\" height=\"{BarHeight}\" fill=\"{Colours[k % Colours.Length]}\"><title>{label}</title></rect>");
                x += w;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"ds-chart__value\" x=\"{x + 8:0.#}\" y=\"{y + BarHeight - 7}\" font-size=\"15\" fill=\"currentColor\">{totals[district.Code]}</text>");
            svg.Append("</g>");
        }

        var legendY = Top + rows.Count * (BarHeight + Gap) + 8;
        var lx = LabelWidth;
        for (var k = 0; k < kinds.Count; k++)
        {
            var kindTitle = WebUtility.HtmlEncode(kinds[k].Title);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"ds-chart__k{k % Colours.Length}\" x=\"{lx}\" y=\"{legendY}\" width=\"14\" height=\"14\" fill=\"{Colours[k % Colours.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"ds-chart__legend\" x=\"{lx + 20}\" y=\"{legendY + 12}\" font-size=\"14\" fill=\"currentColor\">{kindTitle}</text>");
            lx += 40 + kinds[k].Title.Length * 15;
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
