namespace Showcase.Core.Identity;

/// <summary>The <c>Showcase:Identity</c> section: how often a signed-in user's stamp and lockout are read again.</summary>
public sealed class SignedInUserCheckOptions
{
    public const string Section = "Showcase:Identity";

    /// <summary>
    /// How long a node trusts the security stamp and lockout it last read for a user. A change made on this node
    /// (a lock, new roles, a new password, failed sign-ins) is seen at the user's next request whatever this says;
    /// the bound is for changes made elsewhere: another node of a cluster, or a <c>recipe</c> run from the command
    /// line. <c>00:00:00</c> reads the user's row on every signed-in request.
    /// </summary>
    public TimeSpan UserCheckMaxAge { get; set; } = TimeSpan.FromSeconds(10);
}
