using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Showcase.Core.Data;

namespace Showcase.Core.Identity;

/// <summary>
/// On every signed-in request, one small query: a user who was locked, or whose security stamp changed (a new
/// temporary password, other roles), is signed out at once rather than at Identity's next periodic check.
/// The periodic check still refreshes the claims of everyone else.
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

        var db = services.GetRequiredService<CoreDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var current = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
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
