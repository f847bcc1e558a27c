using Shouldly;
using Showcase.Brands.Services;

namespace Showcase.Brands.Tests;

public sealed class TextDiffTests
{
    private static string Render(IReadOnlyList<DiffPiece> pieces) => string.Concat(pieces.Select(p => p.Kind switch
    {
        DiffKind.Removed => $"[-{p.Text}]",
        DiffKind.Added => $"[+{p.Text}]",
        _ => p.Text,
    }));

    [Fact]
    public void A_changed_chinese_word_shows_as_removed_and_added_characters()
    {
        Render(TextDiff.Compute("协调解决问题两万件", "协调解决问题两万四千件")).ShouldBe("协调解决问题两万[+四千]件");
    }

    [Fact]
    public void A_changed_line_in_a_long_text_is_compared_inside_the_line()
    {
        var before = "第一段\n网格员现场处置\n第三段";
        var after = "第一段\n网格员当场处置\n第三段";

        Render(TextDiff.Compute(before, after)).ShouldBe("第一段\n网格员[-现][+当]场处置\n第三段");
    }

    [Fact]
    public void Added_lines_show_as_added()
    {
        Render(TextDiff.Compute("甲\n乙", "甲\n丙\n乙")).ShouldBe("甲\n[+丙\n]乙");
    }

    [Fact]
    public void Text_from_nothing_is_all_added()
    {
        Render(TextDiff.Compute(null, "新的")).ShouldBe("[+新的]");
    }
}
