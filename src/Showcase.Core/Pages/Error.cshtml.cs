using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Localization;
using Showcase.Core.Themes;

namespace Showcase.Core.Pages;

/// <summary>
/// The page shown for 400, 403, 404, 414, 500 and other error statuses, in the theme of the address asked for,
/// with a way back: the previous page of this site, the admin home for staff, the home page.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel(IStringLocalizer<SharedText> text) : PageModel
{
    private static readonly int[] Explained = [400, 403, 404, 414, 500];

    public int Code { get; private set; }

    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    /// <summary>The page the visitor came from, when it is one of this site's own (not the page that failed).</summary>
    public string? BackUrl { get; private set; }

    public bool InAdmin => HttpContext.GetActiveTheme()?.IsAdmin == true;

    // Any method: the exception handler and status code pages re-run the request as it came (POST too).
    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 500;
        Response.StatusCode = Code;
        var key = Explained.Contains(Code) ? Code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Other";
        Title = text[$"Error.{key}.Title"];
        Explanation = text[$"Error.{key}.Explanation", Code];
        BackUrl = LocalReferrer();
    }

    private string? LocalReferrer()
    {
        if (!Uri.TryCreate(Request.Headers.Referer.ToString(), UriKind.Absolute, out var referrer)
            || !string.Equals(referrer.Authority, Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || referrer.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var failed = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        var local = referrer.PathAndQuery;
        return local.Length > 2000 || string.Equals(referrer.AbsolutePath, failed, StringComparison.Ordinal) ? null : local;
    }
}
