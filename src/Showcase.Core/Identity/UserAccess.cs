namespace Showcase.Core.Identity;

/// <summary>What decides whether a signed-in user's cookie still holds: the user's security stamp and lockout end.</summary>
internal sealed record UserAccess(string? SecurityStamp, DateTimeOffset? LockoutEnd);
