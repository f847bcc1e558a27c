using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Brands.Models;
using Showcase.Brands.Services;

namespace Showcase.Brands.Tests;

public sealed class BrandContentRulesTests
{
    private static readonly BrandContent Valid = new()
    {
        Title = "红网联动",
        CommunityCode = "GC-QP-YLY",
        Summary = "一张红网联动万家",
        Figures = [new BrandFigure("协调解决问题", 24000, "件")],
        Tags = ["网格治理"],
        YearFounded = 2018,
    };

    private static IReadOnlyList<ContentError> Check(BrandContent content) =>
        BrandContentRules.Validate(content, code => code == "GC-QP-YLY", id => id == "known", 2026);

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
            Title = "",
            CommunityCode = "NOWHERE",
            Summary = new string('字', BrandContentRules.MaxSummary + 1),
            Tags = ["a,b"],
            YearFounded = 1800,
            CoverMediaId = "unknown",
            Figures = [new BrandFigure("", 1, "件")],
        });

        errors.Select(e => (e.Field, e.Key)).ShouldBe(
        [
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

    [Fact]
    public void Trimming_leaves_the_story_as_written_and_trims_the_rest()
    {
        var trimmed = (Valid with { Title = "  红网联动 ", Body = "  正文\n", Tags = [" 网格治理 "] }).Trimmed();

        trimmed.Title.ShouldBe("红网联动");
        trimmed.Body.ShouldBe("  正文\n", "Markdown's leading spaces mean something");
        trimmed.Tags.ShouldBe(["网格治理"]);
    }
}
