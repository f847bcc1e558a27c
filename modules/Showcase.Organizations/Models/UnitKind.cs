namespace Showcase.Organizations.Models;

/// <summary>The four levels of the tree: city &gt; district (or county) &gt; street (or township) &gt; community.</summary>
public enum UnitKind
{
    City,
    District,
    Street,
    Community,
}

/// <summary>The one rule of the tree: a unit's parent is of the kind one level above it.</summary>
public static class UnitKindHierarchy
{
    public const int MaxNameLength = 200;

    public const int MaxCodeLength = 64;

    /// <returns>the kind a parent must have; null for the city, which has none.</returns>
    public static UnitKind? ParentKind(this UnitKind kind) => kind == UnitKind.City ? null : kind - 1;

    /// <returns>the kind of this unit's children; null for a community, which has none.</returns>
    public static UnitKind? ChildKind(this UnitKind kind) => kind == UnitKind.Community ? null : kind + 1;
}
