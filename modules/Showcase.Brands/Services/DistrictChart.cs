using System.Globalization;
using System.Net;
using System.Text;

namespace Showcase.Brands.Services;

/// <summary>
/// Draws brands per district as an inline SVG bar chart on the server: no script, readable without
/// styles, coloured by the theme through CSS variables (<c>--chart-bar</c>, <c>--chart-text</c>).
/// </summary>
public static class DistrictChart
{
    private const int Width = 640;
    private const int LabelWidth = 130;
    private const int BarHeight = 26;
    private const int Gap = 12;
    private const int Top = 8;

    public static string Render(IReadOnlyList<DistrictCount> districts, string title)
    {
        var max = Math.Max(1, districts.Count == 0 ? 1 : districts.Max(d => d.Count));
        var height = Top * 2 + districts.Count * (BarHeight + Gap);
        var barSpace = Width - LabelWidth - 60;
        var svg = new StringBuilder();
        var t = WebUtility.HtmlEncode(title);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"district-chart\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{t}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{t}</title>");
        // No <style> inside: the site's CSP allows style sheets only from files (brands.css styles .district-chart);
        // the fill attributes are what shows without them.
        for (var i = 0; i < districts.Count; i++)
        {
            var d = districts[i];
            var y = Top + i * (BarHeight + Gap);
            var w = (int)Math.Round(barSpace * (double)d.Count / max);
            var name = WebUtility.HtmlEncode(d.Name);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"row\" data-district=\"{WebUtility.HtmlEncode(d.Code)}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" fill=\"#222\" x=\"{LabelWidth - 10}\" y=\"{y + BarHeight - 8}\" text-anchor=\"end\">{name}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" fill=\"#b71c1c\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{Math.Max(w, 2)}\" height=\"{BarHeight}\" rx=\"3\"><title>{name}: {d.Count}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" fill=\"#222\" x=\"{LabelWidth + Math.Max(w, 2) + 8}\" y=\"{y + BarHeight - 8}\">{d.Count}</text>");
            svg.Append("</g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
