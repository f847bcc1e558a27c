namespace Showcase.Core.Api;

/// <summary>A partner system's API key. Only the SHA-256 of the secret is stored.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The first characters of the key, shown in lists so people can tell keys apart.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public string Hash { get; set; } = "";

    /// <summary>Comma-separated scopes, e.g. <c>leaderboards:read,ratings:read</c>.</summary>
    public string Scopes { get; set; } = "";

    /// <summary>Calls allowed per minute.</summary>
    public int RatePerMinute { get; set; } = 600;

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? RevokedUtc { get; set; }
}
