using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;
using Showcase.Abstractions.Data;
using Showcase.Brands.Services;
using Showcase.Core.Data;
using Showcase.Core.Settings;
using Showcase.Testing;

namespace Showcase.Web.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PreparedEntityFrameworkServicesCollection
{
    /// <summary>Alone: any host starting beside it could take the services it prepares.</summary>
    public const string Name = "EF Core's services prepared before a host";
}

/// <summary>
/// EF Core's SQLite services made before a host (the start's warm-up makes a context on them while the host is built)
/// are taken over by the next host, with the queries the warm-up compiled, and then log to that host's loggers.
/// </summary>
[Collection(PreparedEntityFrameworkServicesCollection.Name)]
public sealed class PreparedEntityFrameworkServicesTests
{
    [Fact]
    public async Task The_next_host_takes_over_the_prepared_services_with_what_the_warm_up_compiled_and_they_log_to_its_loggers()
    {
        var prepared = ModuleDbContextServiceCollectionExtensions.WarmUpOptions<CoreDbContext, SqliteCoreDbContext>()
            .FindExtension<CoreOptionsExtension>()!.InternalServiceProvider.ShouldNotBeNull();
        EntityFrameworkWarmUp.WarmUp();

        var logs = new Events();
        await using var host = await StartAsync(logs);
        await using var scope = host.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.InternalServiceProvider.ShouldBeSameAs(prepared);

        // The site settings' query was compiled by the warm-up: the host runs it without compiling it again.
        var compiledBefore = logs.Count(CoreEventId.QueryCompilationStarting);
        _ = await SiteSettingsStore.ReadAsync(context, CancellationToken.None);
        logs.Count(CoreEventId.QueryCompilationStarting).ShouldBe(compiledBefore, "the warm-up compiled this query into the shared cache");
        logs.Count(RelationalEventId.CommandExecuted).ShouldBeGreaterThan(0, "EF Core's command log reaches the host's loggers");

        // Taken once: the next one made is another.
        ModuleDbContextServiceCollectionExtensions.WarmUpOptions<CoreDbContext, SqliteCoreDbContext>()
            .FindExtension<CoreOptionsExtension>()!.InternalServiceProvider.ShouldNotBeSameAs(prepared);
    }

    [Fact]
    public async Task The_modules_warm_up_compiles_the_home_pages_queries_and_the_host_runs_them_without_compiling_them()
    {
        EntityFrameworkServices.ForgetCompiledQueries();
        await Task.FromResult<QueryWarmUp?>(new QueryWarmUp()).ThenModules([new Showcase.Organizations.Startup(), new Showcase.Brands.Startup()]);

        var logs = new Events();
        await using var host = await StartAsync(logs);
        await using var scope = host.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<BrandCatalog>();

        var compiledBefore = logs.Count(CoreEventId.QueryCompilationStarting);
        var executedBefore = logs.Count(RelationalEventId.CommandExecuted);
        _ = await catalog.FeaturedAsync(6);
        _ = await catalog.CountByDistrictAsync();
        logs.Count(RelationalEventId.CommandExecuted).ShouldBe(executedBefore + 3, "featured, counts per district, the organisation tree");
        logs.Count(CoreEventId.QueryCompilationStarting).ShouldBe(compiledBefore, "the modules' warm-up compiled all three into the shared cache");
    }

    /// <summary>A host whose EF Core events, down to Debug, reach <paramref name="logs"/>.</summary>
    private static Task<ShowcaseTestHost> StartAsync(Events logs) => ShowcaseTestHost.StartAsync(
        configure: services => services.AddSingleton<ILoggerProvider>(logs),
        settings: new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Debug" });

    private sealed class Events : ILoggerProvider
    {
        private readonly ConcurrentBag<int> _seen = [];

        public int Count(EventId id) => _seen.Count(seen => seen == id.Id);

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(Events provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider._seen.Add(eventId.Id);
        }
    }
}
