using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using Shouldly;
using Showcase.Abstractions.Localization;
using Showcase.Core.Localization;
using Showcase.Testing;
using Showcase.Themes.Admin;
using Showcase.Themes.Celadon;
using Showcase.Themes.Red;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>zh-CN by default, English on request, and every text in both languages.</summary>
public sealed partial class LocalizationTests(ShowcaseWebFactory host) : IClassFixture<ShowcaseWebFactory>
{
    [Fact]
    public async Task The_site_speaks_Chinese_by_default_and_English_when_asked()
    {
        using var browser = host.NewSession();

        var chinese = await browser.GetAsync("/account/login");
        var english = await browser.GetAsync("/account/login?culture=en");

        chinese.Html.ShouldContain("<html lang=\"zh-CN\">");
        chinese.Html.ShouldContain("<h1 id=\"login-title\">登录</h1>");
        english.Html.ShouldContain("<html lang=\"en\">");
        english.Html.ShouldContain("<h1 id=\"login-title\">Sign in</h1>");
    }

    [Fact]
    public async Task The_language_switch_link_remembers_the_choice_and_returns_to_the_page()
    {
        using var browser = host.NewSession();
        var home = await browser.GetAsync("/");
        home.Html.ShouldContain("href=\"/culture?c=en&amp;returnUrl=%2F\"");

        var switched = await browser.GetAsync("/culture?c=en&returnUrl=%2Fabout%3Fx%3D1");
        var after = await browser.GetAsync("/");
        var back = await browser.GetAsync("/culture?c=zh-CN&returnUrl=%2F");
        var chineseAgain = await browser.GetAsync("/");

        switched.Status.ShouldBe(HttpStatusCode.Redirect);
        switched.Location.ShouldBe("/about?x=1");
        after.Html.ShouldContain("<html lang=\"en\">");
        after.Html.ShouldContain("One community, one brand");
        back.Location.ShouldBe("/");
        chineseAgain.Html.ShouldContain("<html lang=\"zh-CN\">");
    }

    [Fact]
    public async Task The_language_switch_only_returns_to_addresses_on_this_site()
    {
        using var browser = host.NewSession();

        var offsite = await browser.GetAsync("/culture?c=en&returnUrl=https%3A%2F%2Fexample.org%2F");
        var protocolRelative = await browser.GetAsync("/culture?c=en&returnUrl=%2F%2Fexample.org");

        offsite.Location.ShouldBe("/");
        protocolRelative.Location.ShouldBe("/");
    }

    [Theory]
    [InlineData(typeof(SharedText))]
    [InlineData(typeof(AdminText))]
    [InlineData(typeof(RedText))]
    [InlineData(typeof(CeladonText))]
    public void Every_text_has_a_Chinese_and_an_English_version(Type resource)
    {
        var chinese = Texts(resource, CultureInfo.InvariantCulture);
        var english = Texts(resource, new CultureInfo("en"));

        chinese.Count.ShouldBeGreaterThan(0);
        english.Keys.Order(StringComparer.Ordinal).ShouldBe(chinese.Keys.Order(StringComparer.Ordinal));
        chinese.Where(t => string.IsNullOrWhiteSpace(t.Value)).ShouldBeEmpty();
        english.Where(t => string.IsNullOrWhiteSpace(t.Value)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("src/Showcase.Core", "T|text", typeof(SharedText))]
    [InlineData("themes/Showcase.Themes.Admin", "A", typeof(AdminText))]
    [InlineData("themes/Showcase.Themes.Red", "R", typeof(RedText))]
    [InlineData("themes/Showcase.Themes.Celadon", "C", typeof(CeladonText))]
    public void Every_text_key_written_in_pages_and_code_exists(string folder, string localizers, Type resource)
    {
        var known = Texts(resource, CultureInfo.InvariantCulture).Keys.ToHashSet(StringComparer.Ordinal);
        var root = Path.Combine(ShowcaseProcess.RepositoryRoot, folder);
        var pattern = new Regex($@"\b(?:{localizers})\[""([A-Za-z0-9.]+)""");
        var used = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => pattern.Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .SelectMany(f => DataAnnotationKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
                .Where(_ => resource == typeof(SharedText)))
            .ToHashSet(StringComparer.Ordinal);

        used.Count.ShouldBeGreaterThan(5);
        used.Where(k => !known.Contains(k)).ShouldBeEmpty();
    }

    private static Dictionary<string, string> Texts(Type resource, CultureInfo culture)
    {
        var manager = new ResourceManager(resource.FullName!, resource.Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        set.ShouldNotBeNull($"{resource.Name} has no resources for '{culture.Name}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [GeneratedRegex(@"(?:ErrorMessage|Name) = ""((?:Validation|Field)\.[A-Za-z0-9.]+)""")]
    private static partial Regex DataAnnotationKey();
}
