using System.Security.Claims;
using Showcase.Abstractions.Security;

namespace Showcase.Testing;

/// <summary>Signed-in users as the sign-in cookie describes them: a name, roles and an organisation unit.</summary>
public static class TestUsers
{
    public static ClaimsPrincipal User(string name, string unit, params string[] roles) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), new Claim(ShowcaseClaims.UnitCode, unit), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
        authenticationType: "test"));

    public static ClaimsPrincipal Editor(string name, string community) => User(name, community, Roles.CommunityEditor);

    public static ClaimsPrincipal Manager(string name = "manager") => User(name, "", Roles.ProgramManager);

    public static ClaimsPrincipal Auditor(string name = "auditor") => User(name, "", Roles.Auditor);
}
