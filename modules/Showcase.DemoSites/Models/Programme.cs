namespace Showcase.DemoSites.Models;

/// <summary>
/// A pilot programme (the seed's "Red Leadership" 红色引领示范工程): what it is, the kinds of site it builds and
/// how many of each it set out to build. Its sites are <see cref="DemoSite"/> rows.
/// </summary>
public sealed class Programme
{
    public int Id { get; set; }

    /// <summary>Stable key used by recipes, URLs and the partner API, e.g. <c>HSYL</c>.</summary>
    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Markdown; rendered and sanitised when shown.</summary>
    public string Body { get; set; } = "";

    /// <summary>The kinds of site, in the order the programme names them, each with its planned count.</summary>
    public List<ProgrammeKind> Kinds { get; set; } = [];

    /// <summary>Demo text written to illustrate the site.</summary>
    public bool IsIllustrative { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}
