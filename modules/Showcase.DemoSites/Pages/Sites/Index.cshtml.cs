using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Showcase.DemoSites.Models;
using Showcase.DemoSites.Services;

namespace Showcase.DemoSites.Pages.Sites;

/// <summary><c>/sites</c>: every published demo site, filtered by programme, kind and district, grouped by kind.</summary>
[OutputCache(PolicyName = DemoSiteOutputCache.PolicyName)]
public sealed class IndexModel(DemoSiteCatalog catalog) : PageModel
{
    [FromQuery(Name = "programme")]
    public string? Programme { get; set; }

    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [FromQuery(Name = "district")]
    public string? District { get; set; }

    public IReadOnlyList<SiteView> Sites { get; private set; } = [];

    public IReadOnlyList<Programme> Programmes { get; private set; } = [];

    public IReadOnlyList<PlaceOption> Districts { get; private set; } = [];

    /// <summary>The kinds of every programme, each once, in the programmes' order.</summary>
    public IReadOnlyList<ProgrammeKind> Kinds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sites = await catalog.ListAsync(new SiteListQuery(Programme, Kind, District), cancellationToken);
        Programmes = await catalog.ProgrammesAsync(cancellationToken);
        Districts = await catalog.DistrictsAsync(cancellationToken);
        Kinds = Programmes.SelectMany(p => p.Kinds).DistinctBy(k => k.Kind).ToList();
    }
}
