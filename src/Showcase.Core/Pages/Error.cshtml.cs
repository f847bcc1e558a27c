using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Localization;
using Showcase.Core.Localization;

namespace Showcase.Core.Pages;

/// <summary>The page shown for 403, 404, 500 and other error statuses, in the theme of the address asked for.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel(IStringLocalizer<SharedText> text) : PageModel
{
    public int Code { get; private set; }

    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    // Any method: the exception handler and status code pages re-run the request as it came (POST too).
    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 500;
        Response.StatusCode = Code;
        var key = Code is 400 or 403 or 404 or 500 ? Code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Other";
        Title = text[$"Error.{key}.Title"];
        Explanation = text[$"Error.{key}.Explanation", Code];
    }
}
