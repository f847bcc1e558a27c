using Microsoft.AspNetCore.Authorization;
using Showcase.Abstractions.Security;

namespace Showcase.Core.Identity;

/// <summary>
/// Grants a permission to the roles it names by default, and every permission to Administrator.
/// Runs for checks with and without a resource; <see cref="ResourcePermissionHandler{TResource}"/>s
/// may then narrow a granted permission to some resources.
/// </summary>
internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (requirement.Permission.IsGrantedTo(context.User))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
