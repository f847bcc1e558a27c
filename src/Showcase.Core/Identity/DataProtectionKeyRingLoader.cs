using Microsoft.AspNetCore.Builder;
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

    /// <summary>
    /// Takes ASP.NET Core's hosted service out when the service provider is built: Razor Pages, antiforgery and
    /// authentication each add it again (TryAddEnumerable) when registered after <c>AddShowcaseIdentity</c>, so it is
    /// removed from the finished collection, by a service provider factory that otherwise builds the default provider
    /// with the options the host would have used (scopes and the container checked in Development).
    /// </summary>
    public static void ReplaceWhenBuilt(WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Host.UseServiceProviderFactory(new KeyRingLoaderProviderFactory(new ServiceProviderOptions { ValidateScopes = development, ValidateOnBuild = development }));
    }

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

    private sealed class KeyRingLoaderProviderFactory(ServiceProviderOptions options) : IServiceProviderFactory<IServiceCollection>
    {
        private readonly DefaultServiceProviderFactory _default = new(options);

        public IServiceCollection CreateBuilder(IServiceCollection services)
        {
            Replace(services);
            return _default.CreateBuilder(services);
        }

        public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) => _default.CreateServiceProvider(containerBuilder);
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
