using Showcase.Abstractions.Security;

namespace Showcase.DemoSites;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>See every demo site in the admin, its pages' drafts and history (site editors see their own sites by the access rule).</summary>
    public static readonly Permission ViewDemoSites = new("ViewDemoSites", "View every demo site and its page drafts",
        Roles.Administrator, Roles.ProgramManager, Roles.Auditor);

    /// <summary>Create demo sites from a template, set their theme, cover and editors, publish or take down a site, write any page.</summary>
    public static readonly Permission ManageDemoSites = new("ManageDemoSites", "Create and manage demo sites and their editors",
        Roles.Administrator, Roles.ProgramManager);

    /// <summary>Approve and publish a site's pages, now or later, return them with a comment, unpublish them.</summary>
    public static readonly Permission PublishSitePages = new("PublishSitePages", "Approve, publish and unpublish demo-site pages",
        Roles.Administrator, Roles.ProgramManager);

    public IEnumerable<Permission> GetPermissions() => [ViewDemoSites, ManageDemoSites, PublishSitePages];
}
