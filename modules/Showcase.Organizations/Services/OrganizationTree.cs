using Showcase.Organizations.Models;

namespace Showcase.Organizations.Services;

/// <summary>
/// An immutable snapshot of the whole organisation tree with constant-time lookups. Children are in
/// code order. Take one from <see cref="IOrganizationDirectory.GetTreeAsync"/> and ask it as many
/// questions as a computation needs (conflict checks for a whole panel, for example).
/// </summary>
public sealed class OrganizationTree
{
    private readonly Dictionary<string, OrganizationUnitInfo> _byCode;
    private readonly Dictionary<string, List<OrganizationUnitInfo>> _children;

    public OrganizationTree(IEnumerable<OrganizationUnitInfo> units)
    {
        _byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _children = _byCode.Values
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .GroupBy(u => u.ParentCode ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public static OrganizationTree Empty { get; } = new([]);

    public int Count => _byCode.Count;

    /// <summary>The units without a parent (the city).</summary>
    public IReadOnlyList<OrganizationUnitInfo> Roots => ChildrenOf("");

    public OrganizationUnitInfo? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <returns>the unit's direct children in code order; empty for an unknown code.</returns>
    public IReadOnlyList<OrganizationUnitInfo> ChildrenOf(string code) => _children.GetValueOrDefault(code) ?? [];

    /// <returns>the unit's parent, its parent's parent, ... up to the city (nearest first); empty for an unknown code.</returns>
    public IReadOnlyList<OrganizationUnitInfo> AncestorsOf(string code)
    {
        var ancestors = new List<OrganizationUnitInfo>();
        for (var unit = Find(code); unit?.ParentCode is { } parent && Find(parent) is { } next; unit = next)
        {
            // The kind rule makes cycles impossible; the bound keeps bad rows from looping forever.
            if (ancestors.Count == _byCode.Count)
            {
                break;
            }

            ancestors.Add(next);
        }

        return ancestors;
    }

    /// <summary>Whether <paramref name="unitCode"/> is <paramref name="ancestorCode"/> itself or lies anywhere beneath it.</summary>
    public bool Contains(string ancestorCode, string unitCode) =>
        _byCode.ContainsKey(unitCode)
        && (unitCode == ancestorCode || AncestorsOf(unitCode).Any(a => a.Code == ancestorCode));

    /// <returns>every unit of one kind, in code order.</returns>
    public IReadOnlyList<OrganizationUnitInfo> OfKind(UnitKind kind) =>
        _byCode.Values.Where(u => u.Kind == kind).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();

    /// <returns>every unit, parents before their children (depth first, children in code order).</returns>
    public IReadOnlyList<OrganizationUnitInfo> DepthFirst()
    {
        var ordered = new List<OrganizationUnitInfo>(_byCode.Count);
        var stack = new Stack<OrganizationUnitInfo>(Roots.Reverse());
        while (stack.TryPop(out var unit))
        {
            ordered.Add(unit);
            foreach (var child in ChildrenOf(unit.Code).Reverse())
            {
                stack.Push(child);
            }
        }

        return ordered;
    }
}
