using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace Showcase.Core.Localization;

/// <summary>The UI languages of the site and the link that switches between them.</summary>
public static class ShowcaseCultures
{
    public const string Default = "zh-CN";

    public const string English = "en";

    public const string CookieName = ".Showcase.Culture";

    /// <summary>The path of the switch: <c>/culture?c=en&amp;returnUrl=/admin</c>.</summary>
    public const string SwitchPath = "/culture";

    public static readonly IReadOnlyList<string> Supported = [Default, English];

    /// <summary>
    /// Maps the language switch: a plain link (no script, no form) that remembers the choice in a
    /// cookie for a year and goes back to the page it came from.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SwitchPath, (HttpContext context, string? c, string? returnUrl) =>
        {
            var culture = Supported.FirstOrDefault(s => string.Equals(s, c, StringComparison.OrdinalIgnoreCase)) ?? Default;
            context.Response.Cookies.Append(
                CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous();
        return endpoints;
    }

    /// <summary>The switch link for <paramref name="culture"/> that returns to the current page.</summary>
    public static string SwitchUrl(HttpRequest request, string culture) =>
        $"{SwitchPath}?c={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString)}";

    /// <summary>
    /// Opens the casing and collation tables (ICU) of the site's cultures on a thread-pool thread, while the host is
    /// built. Otherwise the first culture-sensitive comparison opens them, and that is on the way to the first page: EF
    /// Core lower-cases a name in the culture of the request while it compiles the first query (126 ms in a trace of a
    /// restart). The tables are kept per culture for the life of the process, and opening them twice is harmless.
    /// </summary>
    public static Task WarmUpAsync() => Task.Run(static () =>
    {
        foreach (var name in Supported)
        {
            var culture = CultureInfo.GetCultureInfo(name);
            culture.TextInfo.ToLower('A');
            culture.CompareInfo.Compare("abc", "ABC", CompareOptions.IgnoreCase);
        }
    });

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
