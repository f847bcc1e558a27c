namespace Showcase.Abstractions.Security;

/// <summary>A site user as other modules see them: the user name (their id in modules' rows), display name and unit.</summary>
/// <param name="UnitCode">The organisation unit code (an editor's community, a judge's affiliation); empty for none.</param>
public sealed record UserInfo(string UserName, string DisplayName, string UnitCode);

/// <summary>
/// How modules read who users are, without reaching into the core's identity store (e.g. a judge's unit, from which
/// conflicts of interest follow). Reads through the scope's connection, so a recipe sees users an earlier step added.
/// </summary>
public interface IUserDirectory
{
    /// <returns>the users found, by the user name as asked (user names match without regard to case); unknown names are left out.</returns>
    Task<IReadOnlyDictionary<string, UserInfo>> FindAsync(IEnumerable<string> userNames, CancellationToken cancellationToken = default);
}
