using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Brands.Models;
using Showcase.Core.Identity;

namespace Showcase.Brands.Services;

/// <summary>The operations checked against one brand with <see cref="IAuthorizationService"/>.</summary>
public static class BrandOperations
{
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
    public static readonly OperationAuthorizationRequirement Publish = new() { Name = nameof(Publish) };
}

/// <summary>
/// Turns the signed-in user into a <see cref="BrandActor"/>: their permissions (policies named after the
/// permissions) and the community they belong to (the user's unit).
/// </summary>
public sealed class BrandActorResolver(IServiceProvider services)
{
    private readonly Dictionary<ClaimsPrincipal, BrandActor> _resolved = [];

    public async Task<BrandActor> ResolveAsync(ClaimsPrincipal user)
    {
        if (_resolved.TryGetValue(user, out var known))
        {
            return known;
        }

        var authorization = services.GetRequiredService<IAuthorizationService>();
        async Task<bool> HasAsync(Showcase.Abstractions.Security.Permission permission) =>
            user.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(user, permission.Name)).Succeeded;

        var unit = "";
        if (user.Identity?.IsAuthenticated == true && services.GetService<UserManager<ShowcaseUser>>() is { } users
            && await users.GetUserAsync(user) is { } account)
        {
            unit = account.UnitCode;
        }

        var actor = new BrandActor(
            user.Identity?.Name ?? "anonymous",
            unit,
            await HasAsync(Permissions.ViewBrandDrafts),
            await HasAsync(Permissions.EditOwnBrands),
            await HasAsync(Permissions.EditBrands),
            await HasAsync(Permissions.PublishBrands));
        _resolved[user] = actor;
        return actor;
    }
}

/// <summary>Resource-based checks: an editor edits only their own community's brand.</summary>
public sealed class BrandAuthorizationHandler(BrandActorResolver actors) : AuthorizationHandler<OperationAuthorizationRequirement, Brand>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Brand resource)
    {
        var actor = await actors.ResolveAsync(context.User);
        var allowed = requirement.Name switch
        {
            nameof(BrandOperations.View) => BrandAccessRule.CanView(actor, resource.CommunityCode),
            nameof(BrandOperations.Edit) => BrandAccessRule.CanEdit(actor, resource.CommunityCode),
            nameof(BrandOperations.Publish) => BrandAccessRule.CanPublish(actor),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
