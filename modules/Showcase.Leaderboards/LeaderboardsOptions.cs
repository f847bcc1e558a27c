namespace Showcase.Leaderboards;

/// <summary>The <c>Showcase:Leaderboards</c> configuration section.</summary>
public sealed class LeaderboardsOptions
{
    public const string Section = "Showcase:Leaderboards";

    /// <summary>
    /// How many superseded versions of each leaderboard stay readable for page tokens and resuming watchers.
    /// During a live meeting a version lives for seconds; 64 lets a partner page slowly through a busy round.
    /// </summary>
    public int KeepVersions { get; set; } = 64;

    /// <summary>How long a superseded version stays readable at most.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often an idle Watch stream gets a heartbeat (API.md: 15 s).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Change events one watcher may have waiting before it is marked as fallen behind and resynchronised.</summary>
    public int WatcherQueueCapacity { get; set; } = 32;

    /// <summary>
    /// How often rounds are checked for a revision this node has not seen (a change made by another node or
    /// process, or an event lost in a crash). Events of this node refresh at once.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The site's public address, for absolute links in answers (brand covers).</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";
}
