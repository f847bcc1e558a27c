namespace Showcase.Leaderboards;

/// <summary>The module's texts: <c>Resources/LeaderboardsText.resx</c> (zh-CN) and <c>LeaderboardsText.en.resx</c>.</summary>
public sealed class LeaderboardsText;
