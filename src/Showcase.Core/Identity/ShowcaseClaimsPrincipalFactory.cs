using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Security;

namespace Showcase.Core.Identity;

/// <summary>Adds display name, unit and the must-change-password mark to the sign-in cookie, so no page reads the user row for them.</summary>
internal sealed class ShowcaseClaimsPrincipalFactory(
    UserManager<ShowcaseUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ShowcaseUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ShowcaseUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ShowcaseClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(ShowcaseClaims.UnitCode, user.UnitCode));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(ShowcaseClaims.PasswordChangeRequired, "true"));
        }

        return identity;
    }
}
