using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Recipes;
using Showcase.Organizations.Data;
using Showcase.Organizations.Models;

namespace Showcase.Organizations.Recipes;

/// <summary>
/// The <c>organizations</c> step: <c>{ "step": "organizations", "units": [ { "code", "name", "kind", "parent" } ] }</c>.
/// Units are keyed by code: a unit already stored is renamed or moved to match, never duplicated.
/// A parent may be given anywhere in the step or already be stored; its kind must be the level above.
/// </summary>
internal sealed class OrganizationsStep(OrganizationsDbContext db, IUnitOfWork unitOfWork) : RecipeStep<IReadOnlyList<OrganizationsStep.UnitDefinition>>
{
    public override string Name => "organizations";

    internal sealed record UnitDefinition(string Code, string Name, UnitKind Kind, string? Parent, RecipeObject Source);

    protected override IReadOnlyList<UnitDefinition> Read(RecipeObject step)
    {
        var units = step.RequiredArray("units", unit => new UnitDefinition(
            unit.RequiredString("code", UnitKindHierarchy.MaxCodeLength),
            unit.RequiredString("name", UnitKindHierarchy.MaxNameLength).Trim(),
            unit.RequiredEnum<UnitKind>("kind"),
            unit.OptionalString("parent"),
            unit));

        var byCode = new Dictionary<string, UnitDefinition>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!UnitCode.IsValid(unit.Code))
            {
                throw unit.Source.Error("code", $"'{unit.Code}' is not a unit code: use upper-case letters and digits in dash-separated parts, e.g. GC-QP-YLY");
            }

            if (!byCode.TryAdd(unit.Code, unit))
            {
                throw unit.Source.Error("code", $"'{unit.Code}' appears twice in this step (first at {byCode[unit.Code].Source.Path})");
            }

            CheckParentKind(unit);
        }

        foreach (var unit in units)
        {
            if (unit.Parent is { } parent && byCode.TryGetValue(parent, out var given))
            {
                CheckParentIs(unit, given.Kind);
            }
        }

        return units;
    }

    protected override async Task<string> ApplyAsync(IReadOnlyList<UnitDefinition> units, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var stored = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
        var inStep = units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var updated = 0;
        var changed = new List<string>();
        var added = new List<string>();
        foreach (var unit in units.OrderBy(u => u.Kind))
        {
            if (unit.Parent is { } parent && !inStep.Contains(parent))
            {
                CheckParentIs(unit, stored.TryGetValue(parent, out var existingParent)
                    ? existingParent.Kind
                    : throw unit.Source.Error("parent", $"'{parent}' is neither in this step nor stored already"));
            }

            if (!stored.TryGetValue(unit.Code, out var row))
            {
                row = new OrganizationUnit { Code = unit.Code, Kind = unit.Kind };
                db.Units.Add(row);
                stored[unit.Code] = row;
                changed.Add(unit.Code);
                added.Add(unit.Code);
            }
            else if (row.Kind != unit.Kind)
            {
                throw unit.Source.Error("kind", $"'{unit.Code}' is stored as a {Word(row.Kind)}; a recipe cannot change a unit's kind");
            }
            else if (row.Name != unit.Name || row.ParentCode != (unit.Parent ?? ""))
            {
                changed.Add(unit.Code);
                updated++;
            }

            row.Name = unit.Name;
            row.ParentCode = unit.Parent ?? "";
        }

        await db.SaveChangesAsync(cancellationToken);
        if (changed.Count > 0)
        {
            unitOfWork.Raise(new OrganizationUnitsChanged(changed, added));
        }

        return $"{units.Count} units: {added.Count} added, {updated} updated, {units.Count - added.Count - updated} unchanged";
    }

    private static void CheckParentKind(UnitDefinition unit)
    {
        var wanted = unit.Kind.ParentKind();
        if (wanted is null && unit.Parent is not null)
        {
            throw unit.Source.Error("parent", "a city has no parent");
        }

        if (wanted is { } kind && unit.Parent is null)
        {
            throw unit.Source.Error("parent", $"is required: a {Word(unit.Kind)} belongs to a {Word(kind)}");
        }
    }

    private static void CheckParentIs(UnitDefinition unit, UnitKind parentKind)
    {
        if (unit.Kind.ParentKind() != parentKind)
        {
            throw unit.Source.Error("parent", $"'{unit.Parent}' is a {Word(parentKind)}; a {Word(unit.Kind)}'s parent must be a {Word(unit.Kind.ParentKind()!.Value)}");
        }
    }

    private static string Word(UnitKind kind) => kind.ToString().ToLowerInvariant();
}
