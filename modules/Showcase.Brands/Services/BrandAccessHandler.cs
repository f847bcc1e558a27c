using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Security;
using Showcase.Brands.Models;

namespace Showcase.Brands.Services;

/// <summary>
/// The brands' one access rule, asked through ASP.NET Core's authorization
/// (<c>authorization.AuthorizeAsync(User, brand, ContentOperation.Edit)</c>): managers act on every brand,
/// editors on their own community's only; auditors see every brand and change none.
/// </summary>
public sealed class BrandAccessHandler : AuthorizationHandler<ContentOperation, Brand>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ContentOperation requirement, Brand resource)
    {
        if (Allows(context.User, requirement, resource.Content.CommunityCode))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether <paramref name="user"/> may do <paramref name="operation"/> with a brand of <paramref name="communityCode"/>.</summary>
    public static bool Allows(ClaimsPrincipal user, ContentOperation operation, string communityCode)
    {
        if (operation == ContentOperation.Publish)
        {
            return Permissions.PublishBrands.IsGrantedTo(user);
        }

        if (Permissions.EditBrands.IsGrantedTo(user) || IsOwnCommunity(user, communityCode))
        {
            return true;
        }

        // Viewing covers every community for those who see drafts without editing their own (an auditor).
        return operation == ContentOperation.View
            && (Permissions.PublishBrands.IsGrantedTo(user) || (Permissions.ViewBrandDrafts.IsGrantedTo(user) && !Permissions.EditOwnBrands.IsGrantedTo(user)));
    }

    /// <summary>The one community whose brands <paramref name="user"/> sees in the admin list, or null for all of them.</summary>
    public static string? ListedCommunity(ClaimsPrincipal user) =>
        Allows(user, ContentOperation.View, communityCode: "") ? null : user.GetUnitCode();

    /// <summary>Whether <paramref name="user"/> may create a brand at all (for one's own community or any).</summary>
    public static bool MayCreate(ClaimsPrincipal user) =>
        Permissions.EditBrands.IsGrantedTo(user) || (Permissions.EditOwnBrands.IsGrantedTo(user) && user.GetUnitCode().Length > 0);

    private static bool IsOwnCommunity(ClaimsPrincipal user, string communityCode) =>
        Permissions.EditOwnBrands.IsGrantedTo(user) && user.GetUnitCode() is { Length: > 0 } unit && string.Equals(unit, communityCode, StringComparison.Ordinal);
}
