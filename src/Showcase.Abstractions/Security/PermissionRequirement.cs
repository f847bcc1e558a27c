using Microsoft.AspNetCore.Authorization;
using Showcase.Abstractions.Security;

namespace Showcase.Abstractions.Security;

/// <summary>The requirement behind each permission's policy: the user must hold <see cref="Permission"/>.</summary>
public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;

    public override string ToString() => $"Permission {Permission.Name}";
}
