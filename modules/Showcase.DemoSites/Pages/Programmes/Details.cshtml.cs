using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Showcase.DemoSites.Services;

namespace Showcase.DemoSites.Pages.Programmes;

/// <summary><c>/programmes/{code}</c>: a programme, its planned and published sites by kind and by district, and a figure of them.</summary>
[OutputCache(PolicyName = DemoSiteOutputCache.PolicyName)]
public sealed class DetailsModel(DemoSiteCatalog catalog, IStringLocalizer<DemoSitesText> text) : PageModel
{
    public ProgrammeView Programme { get; private set; } = null!;

    public string ChartSvg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await catalog.ProgrammeAsync(code, cancellationToken) is not { } programme)
        {
            return NotFound();
        }

        Programme = programme;
        var cells = programme.Sites.GroupBy(s => (s.DistrictCode, s.Kind)).Select(g => new ChartCell(g.Key.DistrictCode, g.Key.Kind, g.Count())).ToList();
        ChartSvg = ProgrammeChart.Render(programme.Districts, programme.Kinds.Select(k => (k.Kind, k.Title)).ToList(), cells, text["Programme.ChartTitle", programme.Title]);
        return Page();
    }
}
