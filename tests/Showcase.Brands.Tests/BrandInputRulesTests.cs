using Shouldly;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Tests;

public sealed class BrandInputRulesTests
{
    private static readonly BrandInput Valid = new()
    {
        Code = "B01",
        Title = "红网联动",
        CommunityCode = "GC-QP-YLY",
        Summary = "一张红网联动万家",
        Figures = [new BrandFigure("协调解决问题", 24000, "件")],
        Tags = ["网格治理"],
        YearFounded = 2018,
    };

    private static IReadOnlyList<BrandInputError> Check(BrandInput input) =>
        BrandInputRules.Validate(input, code => code == "GC-QP-YLY", id => id == "known", 2026);

    [Fact]
    public void A_complete_brand_passes()
    {
        Check(Valid).ShouldBeEmpty();
    }

    [Fact]
    public void Each_broken_rule_names_its_field()
    {
        var errors = Check(Valid with
        {
            Code = "bad code!",
            Title = "",
            CommunityCode = "NOWHERE",
            Summary = new string('字', BrandInputRules.MaxSummary + 1),
            Tags = ["a,b"],
            YearFounded = 1800,
            CoverMediaId = "unknown",
            Figures = [new BrandFigure("", 1, "件")],
        });

        errors.Select(e => (e.Field, e.Key)).ShouldBe(
        [
            ("Code", "Error.Code"),
            ("Title", "Error.Required"),
            ("Summary", "Error.TooLong"),
            ("CommunityCode", "Error.UnknownCommunity"),
            ("Figures", "Error.FigureText"),
            ("Tags", "Error.Tag"),
            ("YearFounded", "Error.Year"),
            ("CoverMediaId", "Error.UnknownImage"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Negative_figures_and_repeated_tags_are_refused()
    {
        Check(Valid with { Figures = [new BrandFigure("件数", -1, "件")] }).ShouldContain(e => e.Key == "Error.FigureNumber");
        Check(Valid with { Tags = ["网格", "网格"] }).ShouldContain(e => e.Key == "Error.DuplicateTag");
    }

    [Fact]
    public void A_year_in_the_future_is_refused()
    {
        Check(Valid with { YearFounded = 2027 }).ShouldContain(e => e.Field == "YearFounded");
    }
}
