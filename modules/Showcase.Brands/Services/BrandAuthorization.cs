using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Showcase.Abstractions.Security;
using Showcase.Brands.Models;

namespace Showcase.Brands.Services;

/// <summary>
/// Turns the signed-in user into a <see cref="BrandActor"/>: the brand permissions they hold (policies
/// named after the permissions) and their organisation unit (the sign-in cookie's unit claim).
/// </summary>
public sealed class BrandActorResolver(IAuthorizationService authorization)
{
    private readonly Dictionary<ClaimsPrincipal, BrandActor> _resolved = [];

    public async Task<BrandActor> ResolveAsync(ClaimsPrincipal user)
    {
        if (_resolved.TryGetValue(user, out var known))
        {
            return known;
        }

        var signedIn = user.Identity?.IsAuthenticated == true;
        async Task<bool> HasAsync(Permission permission) => signedIn && await authorization.HasPermissionAsync(user, permission.Name);

        var actor = new BrandActor(
            user.Identity?.Name ?? "anonymous",
            signedIn ? user.GetUnitCode() : "",
            await HasAsync(Permissions.ViewBrandDrafts),
            await HasAsync(Permissions.EditOwnBrands),
            await HasAsync(Permissions.EditBrands),
            await HasAsync(Permissions.PublishBrands));
        _resolved[user] = actor;
        return actor;
    }
}

/// <summary>
/// Narrows the brand permissions to the resource, for any code that asks
/// <c>authorization.AuthorizeAsync(User, brand, "EditOwnBrands")</c>: an editor's rights end at their community.
/// </summary>
public sealed class BrandPermissionHandler : ResourcePermissionHandler<Brand>
{
    protected override IReadOnlyCollection<string> Permissions { get; } =
        [Brands.Permissions.EditOwnBrands.Name, Brands.Permissions.ViewBrandDrafts.Name];

    protected override Task<bool> AllowsAsync(ClaimsPrincipal user, Permission permission, Brand resource)
    {
        var unit = user.GetUnitCode();
        var own = unit.Length > 0 && unit == resource.CommunityCode;
        // Viewing drafts is narrowed only for editors; an auditor's or a manager's view covers every community.
        return Task.FromResult(permission.Name == Brands.Permissions.EditOwnBrands.Name ? own : own || !user.IsInRole(Roles.CommunityEditor));
    }
}
