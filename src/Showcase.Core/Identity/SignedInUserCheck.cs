using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Showcase.Core.Identity;

/// <summary>
/// On every signed-in request: a user who was locked, or whose security stamp changed (a new temporary password,
/// other roles), is signed out at once rather than at Identity's next periodic check. The stamp and lockout come
/// from <see cref="UserAccessCache"/>, which reads the user's row again after any change saved on this node and
/// otherwise at most every <see cref="SignedInUserCheckOptions.UserCheckMaxAge"/>: the read was a third of the
/// CPU of a signed-in page. The periodic check still refreshes the claims of everyone else.
/// </summary>
internal static class SignedInUserCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var identity = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(identity.UserIdClaimType);
        if (userId is null)
        {
            await RejectAsync(context);
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var current = await services.GetRequiredService<UserAccessCache>().GetAsync(userId, services, context.HttpContext.RequestAborted);
        if (current is null
            || current.LockoutEnd > now
            || !string.Equals(current.SecurityStamp, principal!.FindFirstValue(identity.SecurityStampClaimType), StringComparison.Ordinal))
        {
            await RejectAsync(context);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
