using Showcase.Abstractions.Security;

namespace Showcase.Brands;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>See the admin brand list, versions and diffs (editors see their own community's only).</summary>
    public static readonly Permission ViewBrandDrafts = new("ViewBrandDrafts", "View brand drafts and their history",
        Roles.Administrator, Roles.ProgramManager, Roles.CommunityEditor, Roles.Auditor);

    /// <summary>Create and edit the brand of one's own community, and submit it for review.</summary>
    public static readonly Permission EditOwnBrands = new("EditOwnBrands", "Edit the brand of one's own community",
        Roles.CommunityEditor);

    /// <summary>Create and edit the brand of any community.</summary>
    public static readonly Permission EditBrands = new("EditBrands", "Edit any brand",
        Roles.Administrator, Roles.ProgramManager);

    /// <summary>Approve and publish, publish later, return with a comment, unpublish.</summary>
    public static readonly Permission PublishBrands = new("PublishBrands", "Approve, publish and unpublish brands",
        Roles.Administrator, Roles.ProgramManager);

    public IEnumerable<Permission> GetPermissions() => [ViewBrandDrafts, EditOwnBrands, EditBrands, PublishBrands];
}
