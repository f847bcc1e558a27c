using System.Security.Claims;

namespace Showcase.Abstractions.Security;

/// <summary>A named right a module declares, with the roles that hold it by default.</summary>
public sealed record Permission(string Name, string Description, params string[] DefaultRoles)
{
    /// <summary>
    /// Whether <paramref name="user"/> holds the permission: an administrator holds every one, others through
    /// the roles it names. The core's policies grant by this; a resource rule asks it for the permissions it combines.
    /// </summary>
    public bool IsGrantedTo(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && (user.IsInRole(Roles.Administrator) || DefaultRoles.Any(user.IsInRole));
}
