using Microsoft.AspNetCore.Http;
using Showcase.Abstractions.Security;
using Showcase.Core.Localization;

namespace Showcase.Core.Identity;

/// <summary>
/// Sends a user who signed in with a temporary password to the change-password page before
/// anything else: pages are redirected there, other requests are refused.
/// </summary>
internal sealed class ForcedPasswordChangeMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    // What such a user may still reach: the page itself, signing out, the language switch, error pages.
    private static readonly string[] Allowed = [ChangePasswordPath, "/account/logout", ShowcaseCultures.SwitchPath, "/error", "/healthz", "/_content"];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true || !context.User.MustChangePassword() || IsAllowed(context.Request.Path))
        {
            return next(context);
        }

        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{context.Request.PathBase}{ChangePasswordPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }

    private static bool IsAllowed(PathString path) => Allowed.Any(a => path.StartsWithSegments(a, StringComparison.OrdinalIgnoreCase));
}
