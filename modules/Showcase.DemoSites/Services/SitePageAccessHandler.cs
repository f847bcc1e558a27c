using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Showcase.Abstractions.Content;
using Showcase.DemoSites.Models;

namespace Showcase.DemoSites.Services;

/// <summary>
/// The demo-site pages' one access rule (<c>authorization.AuthorizeAsync(User, page, ContentOperation.Edit)</c>):
/// managers act on every site's pages; a site's editors view and edit that site's pages only, and publish none;
/// those who view every site (an auditor) change none.
/// </summary>
public sealed class SitePageAccessHandler(SiteEditorsLookup editors) : AuthorizationHandler<ContentOperation, SitePage>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ContentOperation requirement, SitePage resource)
    {
        if (await AllowsAsync(context.User, requirement, resource.SiteSlug))
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>Whether <paramref name="user"/> may do <paramref name="operation"/> with the pages of <paramref name="siteSlug"/>.</summary>
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, ContentOperation operation, string siteSlug)
    {
        if (operation == ContentOperation.Publish)
        {
            return Permissions.PublishSitePages.IsGrantedTo(user);
        }

        if (Permissions.ManageDemoSites.IsGrantedTo(user) || (operation == ContentOperation.View && Permissions.ViewDemoSites.IsGrantedTo(user)))
        {
            return true;
        }

        return user.Identity?.IsAuthenticated == true
            && (await editors.SitesOfAsync(user.Identity.Name ?? "")).Contains(siteSlug);
    }
}
