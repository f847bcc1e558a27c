using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;

namespace Showcase.Core.Identity;

/// <summary>Says at start, once, that the keys that sign cookies are stored unencrypted, and how to encrypt them.</summary>
internal sealed class DataProtectionKeysStartupTask(IOptions<DataProtectionKeyOptions> options, ILogger<DataProtectionKeysStartupTask> logger) : IStartupTask
{
    public int Order => 0;

    public Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        if (!context.PreparingDemoData && string.IsNullOrWhiteSpace(options.Value.CertificatePath))
        {
            logger.LogWarning(
                "The data-protection keys (they sign sign-in cookies and antiforgery tokens) are stored unencrypted in the database. " +
                "To encrypt them, give every node the same PFX certificate: Showcase__DataProtection__CertificatePath=/etc/showcase/keys.pfx " +
                "and, if it has one, Showcase__DataProtection__CertificatePassword (e.g. openssl req -x509 -newkey rsa:3072 -nodes -days 3650 " +
                "-subj /CN=showcase-keys -keyout k.pem -out c.pem && openssl pkcs12 -export -inkey k.pem -in c.pem -out keys.pfx). " +
                "Keys written before that stay readable.");
        }

        return Task.CompletedTask;
    }
}
