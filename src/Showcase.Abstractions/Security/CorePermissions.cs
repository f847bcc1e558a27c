using Showcase.Abstractions.Security;

namespace Showcase.Abstractions.Security;

/// <summary>The core's own permissions. Each is also the name of an authorization policy.</summary>
public sealed class CorePermissions : IPermissionProvider
{
    /// <summary>Enter the admin screens at all (the dashboard). Every staff role has it.</summary>
    public static readonly Permission AccessAdmin = new(
        nameof(AccessAdmin), "Enter the admin screens", Roles.Administrator, Roles.ProgramManager, Roles.CommunityEditor, Roles.Judge, Roles.Auditor);

    public static readonly Permission ManageUsers = new(nameof(ManageUsers), "Create users, set temporary passwords, lock and unlock", Roles.Administrator);

    public static readonly Permission ManageSettings = new(nameof(ManageSettings), "Edit the site settings", Roles.Administrator);

    public static readonly Permission ViewAuditLog = new(nameof(ViewAuditLog), "Read and export the audit log", Roles.Administrator, Roles.Auditor);

    public IEnumerable<Permission> GetPermissions() => [AccessAdmin, ManageUsers, ManageSettings, ViewAuditLog];
}
