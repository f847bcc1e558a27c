using Microsoft.Extensions.DependencyInjection;

namespace Showcase.Core.Cluster;

internal static class ClusterServiceExtensions
{
    /// <summary>
    /// The node's identity, the announcer the unit of work uses on PostgreSQL, the listener (a hosted service that
    /// does nothing on SQLite) and its health check.
    /// </summary>
    public static IServiceCollection AddShowcaseCluster(this IServiceCollection services)
    {
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.Section);
        services.AddSingleton<ClusterNode>();
        services.AddSingleton<ClusterAnnouncer>();
        services.AddSingleton<ClusterListenerState>();
        services.AddHostedService<ClusterListener>();
        services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster");
        return services;
    }
}
