namespace Showcase.DemoSites.Models;

/// <summary>How a page's content code is made from its site's slug and its own, and taken apart again.</summary>
public static class SitePageCode
{
    public const char Separator = '_';

    public static string Of(string siteSlug, string pageSlug) => siteSlug + Separator + pageSlug;

    public static (string SiteSlug, string PageSlug) Split(string code)
    {
        var at = code.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? (code, "") : (code[..at], code[(at + 1)..]);
    }
}
