using Showcase.Brands.Models;

namespace Showcase.Brands.Services;

/// <summary>Who acts on brands, with the rights that matter here. <see cref="System"/> is the scheduler and recipes.</summary>
public sealed record BrandActor(string Name, string UnitCode, bool CanView, bool CanEditOwn, bool CanEditAll, bool CanPublish)
{
    public static BrandActor System(string name) => new(name, "", true, false, true, true);
}

/// <summary>Denied: the actor may not do this to this brand. Mapped to 403 at the edge.</summary>
public sealed class BrandAccessDeniedException(string message) : Exception(message);

/// <summary>
/// Who may do what to which brand. Editors act only on their own community's entries; managers on all.
/// </summary>
public static class BrandAccessRule
{
    public static bool CanView(BrandActor actor, string communityCode) =>
        actor.CanEditAll || actor.CanPublish || (actor.CanView && !actor.CanEditOwn) || IsOwnCommunity(actor, communityCode);

    public static bool CanEdit(BrandActor actor, string communityCode) =>
        actor.CanEditAll || IsOwnCommunity(actor, communityCode);

    public static bool CanPublish(BrandActor actor) => actor.CanPublish;

    /// <summary>Editors see only their community's entries in the admin list; everyone else sees all.</summary>
    public static string? ListRestrictedTo(BrandActor actor) =>
        actor.CanEditAll || actor.CanPublish || !actor.CanEditOwn ? null : actor.UnitCode;

    public static void EnsureCanEdit(BrandActor actor, Brand brand) => EnsureCanEdit(actor, brand.CommunityCode);

    public static void EnsureCanEdit(BrandActor actor, string communityCode)
    {
        if (!CanEdit(actor, communityCode))
        {
            throw new BrandAccessDeniedException($"{actor.Name} may not edit brands of community '{communityCode}'.");
        }
    }

    public static void EnsureCanPublish(BrandActor actor)
    {
        if (!CanPublish(actor))
        {
            throw new BrandAccessDeniedException($"{actor.Name} may not approve or publish brands.");
        }
    }

    private static bool IsOwnCommunity(BrandActor actor, string communityCode) =>
        actor.CanEditOwn && !string.IsNullOrEmpty(actor.UnitCode) && string.Equals(actor.UnitCode, communityCode, StringComparison.Ordinal);
}
