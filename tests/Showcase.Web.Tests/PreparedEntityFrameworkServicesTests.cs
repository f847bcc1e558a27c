using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;
using Showcase.Abstractions.Data;
using Showcase.Core.Data;
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
/// are taken over by the next host, and then log to that host's loggers.
/// </summary>
[Collection(PreparedEntityFrameworkServicesCollection.Name)]
public sealed class PreparedEntityFrameworkServicesTests
{
    [Fact]
    public async Task The_next_host_takes_over_the_prepared_services_and_they_log_to_its_loggers()
    {
        var options = ModuleDbContextServiceCollectionExtensions.WarmUpOptions<CoreDbContext, SqliteCoreDbContext>();
        var prepared = options.FindExtension<CoreOptionsExtension>()!.InternalServiceProvider.ShouldNotBeNull();
        using (var warmUp = new SqliteCoreDbContext(options))
        {
            warmUp.DataProtectionKeys.Where(k => k.FriendlyName != null).ToQueryString().ShouldStartWith("SELECT");
        }

        var logs = new Categories();
        await using var host = await ShowcaseTestHost.StartAsync(
            configure: services => services.AddSingleton<ILoggerProvider>(logs),
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information" });
        await using var scope = host.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.InternalServiceProvider.ShouldBeSameAs(prepared);

        _ = await context.Roles.CountAsync();
        logs.Seen.ShouldContain(DbLoggerCategory.Database.Command.Name, "EF Core's command log reaches the host's loggers: " + string.Join(", ", logs.Seen.Distinct()));

        // Taken once: the next one made is another.
        ModuleDbContextServiceCollectionExtensions.WarmUpOptions<CoreDbContext, SqliteCoreDbContext>()
            .FindExtension<CoreOptionsExtension>()!.InternalServiceProvider.ShouldNotBeSameAs(prepared);
    }

    private sealed class Categories : ILoggerProvider
    {
        public ConcurrentBag<string> Seen { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(Categories provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider.Seen.Add(category);
        }
    }
}
