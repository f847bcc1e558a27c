namespace Showcase.Leaderboards.Models;

/// <summary>
/// The secret that signs page tokens. One row, made by the first node that starts and read by every other, so
/// a token issued by one node is accepted by all.
/// </summary>
public sealed class PageTokenKey
{
    /// <summary>Always <see cref="SingleId"/>: a second node's insert fails on it and that node reads the first's key.</summary>
    public int Id { get; set; }

    /// <summary>32 random bytes.</summary>
    public byte[] Key { get; set; } = [];

    public DateTimeOffset CreatedUtc { get; set; }

    public const int SingleId = 1;
}
