using System.Security.Claims;

namespace Showcase.Abstractions.Navigation;

/// <summary>
/// A module's card on the admin dashboard (what awaits review, say). The admin theme renders the cards it is
/// given, in <see cref="Position"/> order; it knows no module. Data only: the theme decides how a card looks.
/// </summary>
public interface IDashboardWidget
{
    /// <summary>Lower comes first.</summary>
    int Position { get; }

    /// <returns>the card for <paramref name="user"/>, or null when it has nothing for them (no permission).</returns>
    Task<DashboardCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
