using Showcase.Abstractions.Security;

namespace Showcase.Organizations;

/// <summary>The rights this module declares. The host makes an authorization policy of each, named after it.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageOrganizations = new(
        nameof(ManageOrganizations), "Add, rename and move organisation units", Roles.Administrator, Roles.ProgramManager);

    public IEnumerable<Permission> GetPermissions() => [ManageOrganizations];
}
