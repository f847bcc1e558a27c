using Showcase.Abstractions.Api;
using Showcase.Evaluations.Models;
using Showcase.Leaderboards.Snapshots;

namespace Showcase.Leaderboards.Grpc;

/// <summary>
/// What every read of the API starts with: the round or leaderboard a name points at, if the caller may see it
/// (API.md's visibility rule, written once here), from memory only.
/// </summary>
public sealed class LeaderboardReader(LeaderboardStore store)
{
    /// <summary>
    /// A round exists for a key once it is published (PUBLIC_NOTICE, FINAL); before that only for <c>rounds:preview</c>,
    /// or, for a round shown live, from SCORING on for <c>leaderboards:live</c>.
    /// </summary>
    public static bool CanSee(RoundView view, ApiCaller? caller) =>
        view.State is RoundState.PublicNotice or RoundState.Final
        || caller?.HasScope(ApiScopes.RoundsPreview) == true
        || (view.LiveDisplay && view.State >= RoundState.Scoring && caller?.HasScope(ApiScopes.LeaderboardsLive) == true);

    public IEnumerable<RoundView> VisibleRounds(ApiCaller? caller)
    {
        EnsureLoaded();
        return store.Rounds.Select(r => r.View).OfType<RoundView>().Where(v => CanSee(v, caller));
    }

    /// <exception cref="ApiException">NOT_FOUND when there is no such round or the caller may not see it.</exception>
    public (RoundBoard Board, RoundView View) Round(string roundCode, ApiCaller? caller)
    {
        EnsureLoaded();
        if (store.Find(roundCode) is { View: { } view } board && CanSee(view, caller))
        {
            return (board, view);
        }

        throw ApiException.NotFound("ROUND_NOT_FOUND", $"There is no round 'rounds/{roundCode}'.", new Dictionary<string, string> { ["round"] = ResourceNames.Round(roundCode) });
    }

    /// <param name="parent"><c>rounds/{code}</c> or <c>rounds/{code}/stages/{key}</c>.</param>
    /// <exception cref="ApiException">INVALID_ARGUMENT for a malformed name, NOT_FOUND for an unknown or hidden one.</exception>
    public (RoundView View, LeaderboardHistory History, LeaderboardSnapshot Current) Leaderboard(string parent, ApiCaller? caller, string field = "parent")
    {
        if (!ResourceNames.TryParseLeaderboard(parent, out var roundCode, out var stageKey))
        {
            throw ApiException.InvalidArgument("INVALID_NAME", $"'{parent}' is not a leaderboard: expected rounds/{{round_code}} or rounds/{{round_code}}/stages/{{stage_key}}.", field);
        }

        var (board, view) = Round(roundCode, caller);
        if (board.Leaderboard(parent) is { Current: { } current } history)
        {
            return (view, history, current);
        }

        throw ApiException.NotFound("STAGE_NOT_FOUND", $"Round 'rounds/{roundCode}' has no stage '{stageKey}'.", new Dictionary<string, string> { ["stage"] = parent });
    }

    /// <summary>0 → 50, above 500 → 500, negative → INVALID_ARGUMENT (API.md).</summary>
    public static int PageSize(int requested, string field = "page_size", int fallback = 50, int max = 500) => requested switch
    {
        < 0 => throw ApiException.InvalidArgument("PAGE_SIZE_NEGATIVE", $"{field} must not be negative.", field),
        0 => fallback,
        _ => Math.Min(requested, max),
    };

    private void EnsureLoaded()
    {
        if (!store.IsLoaded)
        {
            throw ApiException.Unavailable("LEADERBOARDS_LOADING", "The leaderboards are being loaded after a start; try again in a moment.", TimeSpan.FromSeconds(1));
        }
    }
}
