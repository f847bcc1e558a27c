using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Core.Content;

namespace Showcase.Core.Tests.Content;

public sealed class TextDiffTests
{
    private static readonly TextDiff Diff = new();

    private static string Render(IReadOnlyList<DiffPiece> pieces) => string.Concat(pieces.Select(p => p.Kind switch
    {
        DiffKind.Removed => $"[-{p.Text}]",
        DiffKind.Added => $"[+{p.Text}]",
        _ => p.Text,
    }));

    [Fact]
    public void A_changed_chinese_word_shows_as_removed_and_added_characters()
    {
        Render(Diff.Compute("协调解决问题两万件", "协调解决问题两万四千件")).ShouldBe("协调解决问题两万[+四千]件");
    }

    [Fact]
    public void A_changed_line_in_a_long_text_is_compared_inside_the_line()
    {
        var before = "第一段\n网格员现场处置\n第三段";
        var after = "第一段\n网格员当场处置\n第三段";

        Render(Diff.Compute(before, after)).ShouldBe("第一段\n网格员[-现][+当]场处置\n第三段");
    }

    [Fact]
    public void Added_lines_show_as_added()
    {
        Render(Diff.Compute("甲\n乙", "甲\n丙\n乙")).ShouldBe("甲\n[+丙\n]乙");
    }

    [Fact]
    public void Text_from_nothing_is_all_added()
    {
        Render(Diff.Compute(null, "新的")).ShouldBe("[+新的]");
    }

    [Fact]
    public void The_pieces_put_together_give_either_side_back()
    {
        var before = "网格员现场处置群众问题。\n楼栋长带头。\n第三段保持不变";
        var after = "网格员当场处置群众问题，\n新增一行\n楼栋长带头。\n第三段保持不变。";

        var pieces = Diff.Compute(before, after);

        string.Concat(pieces.Where(p => p.Kind != DiffKind.Added).Select(p => p.Text)).ShouldBe(before);
        string.Concat(pieces.Where(p => p.Kind != DiffKind.Removed).Select(p => p.Text)).ShouldBe(after);
    }

    [Fact]
    public void A_long_body_with_one_changed_paragraph_shows_only_that_change()
    {
        var paragraphs = Enumerable.Range(0, 2000).Select(i => $"第{i}段：社区党委带领党员志愿者开展服务。").ToList();
        var before = string.Join("\n", paragraphs);
        paragraphs[1000] = "第1000段：社区党委带领党员志愿者开展夜间服务。";
        var after = string.Join("\n", paragraphs);

        var changed = Diff.Compute(before, after).Where(p => p.Kind != DiffKind.Same).ToList();

        changed.ShouldBe([new DiffPiece(DiffKind.Added, "夜间")]);
    }
}
