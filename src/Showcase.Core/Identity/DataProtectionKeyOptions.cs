namespace Showcase.Core.Identity;

/// <summary>The <c>Showcase:DataProtection</c> section: how the keys that sign cookies are kept at rest.</summary>
public sealed class DataProtectionKeyOptions
{
    public const string Section = "Showcase:DataProtection";

    /// <summary>
    /// A PFX file with a certificate and its private key, the same on every node. When set, the keys in
    /// <c>Core_DataProtectionKeys</c> (<c>core."DataProtectionKeys"</c>) are encrypted with it; otherwise they are stored as they are.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's password, if it has one (an environment variable rather than a file is the place for it).</summary>
    public string? CertificatePassword { get; set; }
}
