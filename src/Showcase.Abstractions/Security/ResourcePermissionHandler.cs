using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Showcase.Abstractions.Security;

namespace Showcase.Abstractions.Security;

/// <summary>
/// The hook for resource-based checks ("an editor edits only their community's entries"). A module
/// derives from it for its resource type, names the permissions it narrows, registers it with
/// <c>services.AddScoped&lt;IAuthorizationHandler, MyHandler&gt;()</c>, and asks
/// <c>authorization.AuthorizeAsync(User, brand, "EditBrands")</c> (or <see cref="PermissionAuthorizationExtensions.HasPermissionAsync"/>).
/// The user must hold the permission through a role, and every handler for the resource must allow it:
/// one that does not makes the check fail.
/// </summary>
public abstract class ResourcePermissionHandler<TResource> : AuthorizationHandler<PermissionRequirement, TResource>
{
    /// <summary>The permissions this handler decides about; others pass untouched.</summary>
    protected abstract IReadOnlyCollection<string> Permissions { get; }

    /// <summary>Whether <paramref name="user"/>, who holds <paramref name="permission"/>, may use it on <paramref name="resource"/>.</summary>
    protected abstract Task<bool> AllowsAsync(ClaimsPrincipal user, Permission permission, TResource resource);

    protected sealed override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement, TResource resource)
    {
        if (!Permissions.Contains(requirement.Permission.Name))
        {
            return;
        }

        if (!await AllowsAsync(context.User, requirement.Permission, resource))
        {
            context.Fail(new AuthorizationFailureReason(this, $"{requirement.Permission.Name} does not extend to this {typeof(TResource).Name}."));
        }
    }
}

public static class PermissionAuthorizationExtensions
{
    /// <summary>Whether <paramref name="user"/> holds <paramref name="permission"/>, for <paramref name="resource"/> when one is given.</summary>
    public static async Task<bool> HasPermissionAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string permission, object? resource = null) =>
        (await authorization.AuthorizeAsync(user, resource, permission)).Succeeded;
}
