using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Hosting;

namespace Showcase.Abstractions.Data;

/// <summary>
/// EF Core's internal services for every module context of this host, one provider per database provider,
/// named in each context's options. Otherwise every context constructed — used or merely injected — finds
/// its services by comparing its whole options with EF Core's cached ones, which costs more than the rest of
/// creating it. They log to the host's loggers. Models and compiled queries live in one process-wide cache,
/// as they would in EF Core's own provider cache, so that hosts started one after another (tests) build
/// each model once.
/// </summary>
internal sealed class EntityFrameworkServices(ILoggerFactory loggers) : IDisposable
{
    private static readonly MemoryCache ModelsAndQueries = new(new MemoryCacheOptions { SizeLimit = 10240 });

    private readonly Lazy<ServiceProvider> _sqlite = new(() => Build(loggers, s => s.AddEntityFrameworkSqlite()));
    private readonly Lazy<ServiceProvider> _postgres = new(() => Build(loggers, s => s.AddEntityFrameworkNpgsql()));

    public IServiceProvider For(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? _postgres.Value : _sqlite.Value;

    private static ServiceProvider Build(ILoggerFactory loggers, Action<IServiceCollection> provider)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggers);
        services.AddSingleton<IMemoryCache>(ModelsAndQueries);
        provider(services);
        return services.BuildServiceProvider();
    }

    public void Dispose()
    {
        if (_sqlite.IsValueCreated)
        {
            _sqlite.Value.Dispose();
        }

        if (_postgres.IsValueCreated)
        {
            _postgres.Value.Dispose();
        }
    }
}
