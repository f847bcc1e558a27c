namespace Showcase.Abstractions.Security;

/// <summary>The built-in roles. Modules give their permissions to these by default.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string ProgramManager = "ProgramManager";
    public const string CommunityEditor = "CommunityEditor";
    public const string Judge = "Judge";
    public const string Auditor = "Auditor";

    public static readonly IReadOnlyList<string> All = [Administrator, ProgramManager, CommunityEditor, Judge, Auditor];
}
