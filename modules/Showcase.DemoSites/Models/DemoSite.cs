namespace Showcase.DemoSites.Models;

/// <summary>
/// A small site inside Showcase run by a pilot's own people: its place in the programme, its theme and what its
/// home page shows. Its pages are content (<see cref="SitePage"/>) on the shared editorial workflow. Visitors see
/// the site only while <see cref="IsPublished"/>; a manager publishes it.
/// </summary>
public sealed class DemoSite
{
    public int Id { get; set; }

    /// <summary>The site's address, <c>/sites/{slug}</c>: lower-case letters, digits and hyphens. It never changes.</summary>
    public string Slug { get; set; } = "";

    public int ProgrammeId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>One of the programme's kinds, e.g. <c>pilot-street</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The organisation unit the site belongs to (a street, a community or a district).</summary>
    public string UnitCode { get; set; } = "";

    /// <summary>The unit's district, copied from the organisation tree when saved, for filtering.</summary>
    public string DistrictCode { get; set; } = "";

    /// <summary>An installed public theme's id.</summary>
    public string Theme { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>A picture on this host (a path such as <c>/brands/media/…/large.jpg</c>), or empty.</summary>
    public string CoverUrl { get; set; } = "";

    public string Contact { get; set; } = "";

    /// <summary>Codes of published brands the home page shows.</summary>
    public List<string> FeaturedBrands { get; set; } = [];

    public bool IsPublished { get; set; }

    public bool IsIllustrative { get; set; }

    /// <summary>The template the site was made from, if any.</summary>
    public string Template { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";
}
