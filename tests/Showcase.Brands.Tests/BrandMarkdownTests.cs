using Shouldly;
using Showcase.Brands.Services;
using Showcase.Testing;

namespace Showcase.Brands.Tests;

public sealed class BrandMarkdownTests
{
    private readonly BrandMarkdown _markdown = new();

    [Fact]
    public void Markdown_becomes_headings_lists_and_emphasis()
    {
        var html = _markdown.ToHtml("## 做法\n\n- 网格员**现场处置**\n- 社区呼叫");

        html.ShouldContain("<h2");
        html.ShouldContain("<li>网格员<strong>现场处置</strong></li>");
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void No_payload_survives_as_script_event_handler_or_script_url(string payload)
    {
        var html = _markdown.ToHtml("正文 " + payload + " 结尾").ToLowerInvariant();

        html.ShouldNotContain("<script");
        html.ShouldNotContain("javascript:");
        html.ShouldNotContain("vbscript:");
        html.ShouldNotContain("data:text/html");
        html.ShouldNotMatch(@"<[^>]+\son[a-z]+\s*=");
        html.ShouldNotContain("<iframe");
        html.ShouldNotContain("<object");
        html.ShouldNotContain("<embed");
        html.ShouldNotContain("<form");
        html.ShouldNotContain("<meta");
        html.ShouldNotContain("<base");
        html.ShouldNotContain("<style");
        html.ShouldNotContain("style=");
    }

    public static TheoryData<string> Payloads() => new(XssPayloads.All);

    [Fact]
    public void Links_are_kept_but_marked_nofollow()
    {
        var html = _markdown.ToHtml("[池州](https://www.chizhou.gov.cn/)");

        html.ShouldContain("href=\"https://www.chizhou.gov.cn/\"");
        html.ShouldContain("rel=\"nofollow noopener noreferrer\"");
    }

    [Fact]
    public void Plain_text_drops_the_markup()
    {
        BrandMarkdown.ToPlainText("## 标题\n\n**加粗**的文字").ShouldNotContain("*");
    }
}
