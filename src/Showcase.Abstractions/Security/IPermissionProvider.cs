namespace Showcase.Abstractions.Security;

/// <summary>Implemented by each module's <c>Permissions.cs</c>.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();
}
