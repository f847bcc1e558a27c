using Microsoft.Extensions.DependencyInjection;

namespace Showcase.Abstractions.Api;

/// <summary>
/// A scope an API key can be granted. Only registered scopes can be granted, so a typo in
/// <c>apikey create --scopes</c> is refused instead of producing a key that can do nothing.
/// </summary>
public sealed record ApiScope(string Name, string Description);

/// <summary>The scopes of the partner API (API.md). Modules add their own with <see cref="ApiScopeServiceCollectionExtensions.AddApiScope"/>.</summary>
public static class ApiScopes
{
    public const string LeaderboardsRead = "leaderboards:read";
    public const string LeaderboardsLive = "leaderboards:live";
    public const string RatingsRead = "ratings:read";
    public const string CatalogRead = "catalog:read";
    public const string RoundsPreview = "rounds:preview";

    public static IEnumerable<ApiScope> Partner { get; } =
    [
        new(LeaderboardsRead, "Read published leaderboards and rounds."),
        new(LeaderboardsLive, "See provisional standings of rounds shown live."),
        new(RatingsRead, "Read an entry's rating per criterion."),
        new(CatalogRead, "Read brands, demo sites and the site's description."),
        new(RoundsPreview, "See rounds before their public notice."),
    ];
}

public static class ApiScopeServiceCollectionExtensions
{
    /// <summary>Declares a scope that API keys can be granted, e.g. <c>services.AddApiScope("brands:write", "...")</c>.</summary>
    public static IServiceCollection AddApiScope(this IServiceCollection services, string name, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        services.AddSingleton(new ApiScope(name, description));
        return services;
    }
}
