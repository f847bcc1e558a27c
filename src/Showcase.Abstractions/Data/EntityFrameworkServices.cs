using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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
/// <remarks>
/// SQLite's may be made before the host, by <see cref="Prepared"/>: the first host to ask for them takes them over, with
/// what a warm-up left in them (the services it resolved, its scopes' code), and their loggers then write to its loggers.
/// </remarks>
internal sealed class EntityFrameworkServices(ILoggerFactory loggers) : IDisposable
{
    private static readonly MemoryCache ModelsAndQueries = new(new MemoryCacheOptions { SizeLimit = 10240 });

    // SQLite's services made before any host, until one takes them over.
    private static PreparedServices? s_prepared;

    private readonly Lazy<ServiceProvider> _sqlite = new(() => TakePrepared(loggers) ?? Build(loggers, s => s.AddEntityFrameworkSqlite()));
    private readonly Lazy<ServiceProvider> _postgres = new(() => Build(loggers, s => s.AddEntityFrameworkNpgsql()));

    public IServiceProvider For(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? _postgres.Value : _sqlite.Value;

    /// <summary>
    /// SQLite's services for the next host to take over (<see cref="ModuleDbContextServiceCollectionExtensions.WarmUpOptions{TContext, TSqlite}"/>);
    /// made on the first call after the last were taken.
    /// </summary>
    internal static IServiceProvider Prepared
    {
        get
        {
            var prepared = Volatile.Read(ref s_prepared);
            if (prepared is null)
            {
                var loggers = new ForwardingLoggerFactory();
                var made = new PreparedServices(Build(loggers, s => s.AddEntityFrameworkSqlite()), loggers);
                prepared = Interlocked.CompareExchange(ref s_prepared, made, null) ?? made;
                if (!ReferenceEquals(prepared, made))
                {
                    made.Services.Dispose();
                }
            }

            return prepared.Services;
        }
    }

    /// <summary>Empties the process's cache of compiled queries (and of models built at run time), for a test that checks what a warm-up puts there.</summary>
    internal static void ForgetCompiledQueries() => ModelsAndQueries.Compact(1.0);

    private static ServiceProvider? TakePrepared(ILoggerFactory loggers)
    {
        var prepared = Interlocked.Exchange(ref s_prepared, null);
        prepared?.Loggers.ForwardTo(loggers);
        return prepared?.Services;
    }

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

    private sealed record PreparedServices(ServiceProvider Services, ForwardingLoggerFactory Loggers);

    /// <summary>Loggers that write nowhere until <see cref="ForwardTo"/> names the host's, and then to the host's.</summary>
    private sealed class ForwardingLoggerFactory : ILoggerFactory
    {
        private volatile ILoggerFactory _target = NullLoggerFactory.Instance;

        public void ForwardTo(ILoggerFactory target) => _target = target;

        public ILogger CreateLogger(string categoryName) => new ForwardingLogger(this, categoryName);

        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException("The host's loggers are configured by the host.");

        public void Dispose()
        {
            // The host's loggers are the host's to dispose.
        }

        private sealed class ForwardingLogger(ForwardingLoggerFactory factory, string category) : ILogger
        {
            private volatile Target _current = new(NullLoggerFactory.Instance, NullLogger.Instance);

            private ILogger Logger
            {
                get
                {
                    var current = _current;
                    var target = factory._target;
                    if (!ReferenceEquals(current.Factory, target))
                    {
                        _current = current = new Target(target, target.CreateLogger(category));
                    }

                    return current.Logger;
                }
            }

            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => Logger.BeginScope(state);

            public bool IsEnabled(LogLevel logLevel) => Logger.IsEnabled(logLevel);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                Logger.Log(logLevel, eventId, state, exception, formatter);

            private sealed record Target(ILoggerFactory Factory, ILogger Logger);
        }
    }
}
