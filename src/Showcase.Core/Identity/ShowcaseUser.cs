using Microsoft.AspNetCore.Identity;
using Showcase.Abstractions.Security;

namespace Showcase.Core.Identity;

/// <summary>A person who signs in: staff, editor or judge.</summary>
public sealed class ShowcaseUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The organisation unit code: an editor's community, a judge's affiliation. Empty for none.</summary>
    public string UnitCode { get; set; } = "";

    /// <summary>True after a temporary password was set: the next sign-in must change it.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedUtc { get; set; } = DateTimeOffset.UtcNow;
}
