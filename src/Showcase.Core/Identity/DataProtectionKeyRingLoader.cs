using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Hosting;

namespace Showcase.Core.Identity;

/// <summary>
/// Reads the data-protection key ring once the host has served its first request, in place of ASP.NET Core's own
/// hosted service, which reads it before Kestrel listens. The first page an anonymous visitor asks for needs no key;
/// a request that does (a sign-in, a form's antiforgery token) loads the ring itself if it comes first.
/// </summary>
internal sealed class DataProtectionKeyRingLoader(IDataProtectionProvider provider, IFirstRequest firstRequest, ILogger<DataProtectionKeyRingLoader> logger) : BackgroundService
{
    /// <summary>The full name of ASP.NET Core's hosted service that this one replaces.</summary>
    public const string ReplacedService = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    public static void Replace(IServiceCollection services)
    {
        var replaced = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == ReplacedService).ToList();
        if (replaced.Count == 0)
        {
            throw new InvalidOperationException($"{ReplacedService} is not registered: has ASP.NET Core's data protection changed?");
        }

        foreach (var descriptor in replaced)
        {
            services.Remove(descriptor);
        }

        services.AddHostedService<DataProtectionKeyRingLoader>();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await firstRequest.Served.WaitAsync(stoppingToken);
        try
        {
            // Protecting loads the ring, and creates the first key on a new database.
            provider.CreateProtector("Showcase.KeyRingLoader").Protect([0]);
        }
        catch (Exception e)
        {
            // The next request that needs a key tries again, and reports it.
            logger.LogError(e, "Loading the data-protection key ring after start failed");
        }
    }
}
