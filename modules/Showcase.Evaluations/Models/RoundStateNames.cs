namespace Showcase.Evaluations.Models;

public static class RoundStateNames
{
    /// <summary>The name recipes, exports and the partner API use, e.g. <c>PUBLIC_NOTICE</c>.</summary>
    public static string ToName(this RoundState state) => state switch
    {
        RoundState.Draft => "DRAFT",
        RoundState.ApplicationsOpen => "APPLICATIONS_OPEN",
        RoundState.Scoring => "SCORING",
        RoundState.Closed => "CLOSED",
        RoundState.PublicNotice => "PUBLIC_NOTICE",
        RoundState.Final => "FINAL",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static bool TryParse(string name, out RoundState state)
    {
        foreach (var candidate in Enum.GetValues<RoundState>())
        {
            if (string.Equals(candidate.ToName(), name, StringComparison.OrdinalIgnoreCase))
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }
}
