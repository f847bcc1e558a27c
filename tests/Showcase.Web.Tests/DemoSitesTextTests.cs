using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Shouldly;
using Showcase.DemoSites;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>The demo-site module's text (named by its folder, <c>Resources/</c>): every key in both languages, every key used exists.</summary>
public sealed partial class DemoSitesTextTests
{
    private static readonly ResourceManager Manager = new("Showcase.DemoSites.Resources.DemoSitesText", typeof(DemoSitesText).Assembly);

    [Fact]
    public void Every_text_has_a_Chinese_and_an_English_version()
    {
        var chinese = Texts(CultureInfo.InvariantCulture);
        var english = Texts(new CultureInfo("en"));

        chinese.Count.ShouldBeGreaterThan(100);
        english.Keys.Order(StringComparer.Ordinal).ShouldBe(chinese.Keys.Order(StringComparer.Ordinal));
        chinese.Where(t => string.IsNullOrWhiteSpace(t.Value)).ShouldBeEmpty();
        english.Where(t => string.IsNullOrWhiteSpace(t.Value)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_text_key_written_in_the_modules_pages_and_code_exists()
    {
        var known = Texts(CultureInfo.InvariantCulture).Keys.ToHashSet(StringComparer.Ordinal);
        var root = Path.Combine(ShowcaseProcess.RepositoryRoot, "modules", "Showcase.DemoSites");
        var used = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value))
            .ToHashSet(StringComparer.Ordinal);

        used.Count.ShouldBeGreaterThan(50);
        used.Where(k => !known.Contains(k)).ShouldBeEmpty();
    }

    private static Dictionary<string, string> Texts(CultureInfo culture)
    {
        var set = Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        set.ShouldNotBeNull($"DemoSitesText has no resources for '{culture.Name}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    /// <summary>A key written as a literal (<c>T["Site.Home"]</c>) or as a content error (<c>"Error.Slug"</c>).</summary>
    [GeneratedRegex(@"(?:\b(?:T|Text|text)\[""([A-Za-z0-9.\-]+)""|""(Error\.[A-Za-z]+)"")")]
    private static partial Regex KeyUse();
}
