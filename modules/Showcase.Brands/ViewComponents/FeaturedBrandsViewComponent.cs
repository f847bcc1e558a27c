using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Showcase.Brands.Services;

namespace Showcase.Brands.ViewComponents;

/// <summary>A headline figure from the seed report, e.g. 社区网格 798 个.</summary>
public sealed record HeadlineFigure(string Label, decimal Number, string Unit, bool Plus);

public sealed record FeaturedBrandsModel(IReadOnlyList<BrandCard> Brands, IReadOnlyList<HeadlineFigure> Figures, string ChartSvg, int Total);

/// <summary>
/// The brands module's part of the home page: featured brands, the seed report's headline figures and
/// a chart of brands per district. The public theme's home page invokes it by name (<c>FeaturedBrands</c>).
/// </summary>
[ViewComponent(Name = "FeaturedBrands")]
public sealed class FeaturedBrandsViewComponent(BrandCatalog catalog, IStringLocalizer<BrandsText> text) : ViewComponent
{
    /// <param name="showFigures">False when the theme's home page shows the figures itself.</param>
    public async Task<IViewComponentResult> InvokeAsync(int count = 6, bool showFigures = true)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var brands = await catalog.FeaturedAsync(count, cancellationToken);
        var districts = await catalog.CountByDistrictAsync(cancellationToken);
        var total = districts.Sum(d => d.Count);
        // The figures of the seed report (Chizhou, 2021): the scale of the work the brands come from.
        HeadlineFigure[] figures =
        [
            new(text["Figure.Grids"], 798, text["Unit.Ge"], false),
            new(text["Figure.GridWorkers"], 1025, text["Unit.Ming"], false),
            new(text["Figure.BuildingHeads"], 3300, text["Unit.Ming"], true),
            new(text["Figure.ProblemsSolved"], 24000, text["Unit.Jian"], true),
            new(text["Figure.Brands"], total, text["Unit.Ge"], false),
        ];
        var chart = DistrictChart.Render(districts, text["Chart.Title"]);
        return View(new FeaturedBrandsModel(brands, showFigures ? figures : [], chart, total));
    }
}
