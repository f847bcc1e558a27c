namespace Showcase.Core.Audit;

/// <summary>What the audit log page asks for: who, which action, which object, when (days in China Standard Time), which page.</summary>
public sealed record AuditQuery(string? Actor, string? Action, string? Target, DateOnly? From, DateOnly? To, int Page = 1)
{
    /// <summary>China has one time zone and no daylight saving: days begin at 00:00 +08:00.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public DateTimeOffset? FromUtc => From is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset) : null;

    /// <summary>The first moment after the last day asked for.</summary>
    public DateTimeOffset? ToUtc => To is { } day ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Offset) : null;
}
