using Showcase.Organizations.Models;
using Showcase.Organizations.Services;

namespace Showcase.Evaluations.Models;

/// <summary>
/// The conflict the organisation tree implies (RECIPES.md): a judge whose unit is a district, street or community that
/// contains the entry's community is conflicted with it; a city-level judge, or one without a unit, is not.
/// </summary>
public static class ConflictRule
{
    public static bool IsImplied(OrganizationTree tree, string judgeUnit, string communityCode)
    {
        if (string.IsNullOrEmpty(judgeUnit) || string.IsNullOrEmpty(communityCode))
        {
            return false;
        }

        var unit = tree.Find(judgeUnit);
        return unit is not null && unit.Kind != UnitKind.City && tree.Contains(judgeUnit, communityCode);
    }

    /// <summary>The district a unit lies in (itself when it is one); empty for the city, an unknown unit or none.</summary>
    public static string DistrictOf(OrganizationTree tree, string unitCode)
    {
        if (string.IsNullOrEmpty(unitCode) || tree.Find(unitCode) is not { } unit)
        {
            return "";
        }

        return unit.Kind == UnitKind.District ? unit.Code : tree.AncestorsOf(unitCode).FirstOrDefault(a => a.Kind == UnitKind.District)?.Code ?? "";
    }
}
