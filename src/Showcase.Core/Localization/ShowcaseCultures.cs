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

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
