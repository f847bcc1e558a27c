using System.Text.RegularExpressions;

namespace Showcase.Organizations.Models;

/// <summary>What a unit code looks like: upper-case letters and digits in dash-separated parts, e.g. <c>GC-QP-YLY</c>.</summary>
public static partial class UnitCode
{
    public static bool IsValid(string code) => code.Length <= UnitKindHierarchy.MaxCodeLength && Pattern().IsMatch(code);

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex Pattern();
}
