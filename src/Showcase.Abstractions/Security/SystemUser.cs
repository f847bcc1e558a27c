using System.Security.Claims;

namespace Showcase.Abstractions.Security;

/// <summary>
/// The user that work nobody signed in for runs as (a recipe, the scheduler): an administrator named for
/// what it is, so that it passes the same authorization as people do and the audit log says who acted.
/// </summary>
public static class SystemUser
{
    public const string AuthenticationType = "showcase-system";

    /// <param name="name">Shown in the audit log and history, e.g. <c>recipe:default</c> or <c>scheduler</c>.</param>
    public static ClaimsPrincipal Create(string name) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, Roles.Administrator)], AuthenticationType));
}
