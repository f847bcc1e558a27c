namespace Showcase.Core.Api;

/// <summary>The <c>Showcase:Api</c> configuration section.</summary>
public sealed class ApiOptions
{
    public const string Section = "Showcase:Api";

    /// <summary>
    /// How long a looked-up API key is remembered. A revoked key keeps working on a node for at most
    /// this long; a shorter time costs a database query per key that often. Default 5 seconds.
    /// </summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(5);
}
