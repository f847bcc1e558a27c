using System.Security.Claims;

namespace Showcase.Abstractions.Security;

/// <summary>The claims the sign-in cookie carries besides name and roles, and how to read them.</summary>
public static class ShowcaseClaims
{
    public const string DisplayName = "showcase:display_name";

    /// <summary>The user's organisation unit code (an editor's community, a judge's affiliation).</summary>
    public const string UnitCode = "showcase:unit";

    /// <summary>Present (value <c>true</c>) while the user signed in with a temporary password.</summary>
    public const string PasswordChangeRequired = "showcase:must_change_password";

    public static string GetDisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";

    public static string GetUnitCode(this ClaimsPrincipal user) => user.FindFirstValue(UnitCode) ?? "";

    public static bool MustChangePassword(this ClaimsPrincipal user) => user.HasClaim(PasswordChangeRequired, "true");
}
