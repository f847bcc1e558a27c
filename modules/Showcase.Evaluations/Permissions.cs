using Showcase.Abstractions.Security;

namespace Showcase.Evaluations;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Create and edit rounds, move them, decide applications, panels, conflicts, boundary decisions, objections.</summary>
    public static readonly Permission ManageRounds = new("ManageRounds", "Manage evaluation rounds",
        Roles.Administrator, Roles.ProgramManager);

    /// <summary>See live (provisional) results, diagnostics and the ledger of any round.</summary>
    public static readonly Permission ViewRoundResults = new("ViewRoundResults", "View live results of evaluation rounds",
        Roles.Administrator, Roles.ProgramManager, Roles.Auditor);

    /// <summary>Enter one's own community's published brand into an open round.</summary>
    public static readonly Permission ApplyToRounds = new("ApplyToRounds", "Apply to evaluation rounds",
        Roles.CommunityEditor);

    /// <summary>Score the entries assigned to oneself, declare conflicts.</summary>
    public static readonly Permission ScoreEntries = new("ScoreEntries", "Score assigned entries",
        Roles.Judge);

    public IEnumerable<Permission> GetPermissions() => [ManageRounds, ViewRoundResults, ApplyToRounds, ScoreEntries];
}
