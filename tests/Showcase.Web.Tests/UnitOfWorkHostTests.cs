using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Events;
using Showcase.Brands.Data;
using Showcase.Brands.Models;
using Showcase.Brands.Search;
using Showcase.Core.Recipes;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>Holds a delivery of <see cref="BrandPublished"/> for good: a process stuck (or dead) between commit and the end of dispatch.</summary>
public sealed class StuckDelivery : IDomainEventHandler<BrandPublished>
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task HandleAsync(BrandPublished domainEvent, CancellationToken cancellationToken)
    {
        Entered.TrySetResult();
        await Task.Delay(Timeout.Infinite, CancellationToken.None);
    }
}

/// <summary>Notes every <see cref="BrandPublished"/> it is given.</summary>
public sealed class PublishedDeliveries : IDomainEventHandler<BrandPublished>
{
    private readonly TaskCompletionSource<string> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> First => _first.Task;

    public Task HandleAsync(BrandPublished domainEvent, CancellationToken cancellationToken)
    {
        _first.TrySetResult(domainEvent.Code);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The unit of work in the whole host, with the real Quartz scheduler: publish-later fires on time, also
/// across a stop of the host, on SQLite and on PostgreSQL; an event committed but not dispatched when the
/// process stopped is delivered after the next start.
/// </summary>
public sealed class UnitOfWorkHostTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly System.Security.Claims.ClaimsPrincipal Manager = TestUsers.Manager();

    private readonly string _dataDir = Directory.CreateTempSubdirectory("showcase-uow-").FullName;

    [Fact]
    public Task On_sqlite_a_brand_approved_to_publish_3_s_ahead_is_published_3_s_later() => PublishesOnTimeAsync([]);

    [SkippableFact]
    public async Task On_postgres_a_brand_approved_to_publish_3_s_ahead_is_published_3_s_later()
    {
        Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, TemporaryPostgresDatabase.SkipReason);
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await PublishesOnTimeAsync(Postgres(database));
    }

    [Fact]
    public Task On_sqlite_a_brand_due_while_the_host_was_stopped_is_published_when_it_starts_again() => PublishesAfterRestartAsync([]);

    [SkippableFact]
    public async Task On_postgres_a_brand_due_while_the_host_was_stopped_is_published_when_it_starts_again()
    {
        Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, TemporaryPostgresDatabase.SkipReason);
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await PublishesAfterRestartAsync(Postgres(database));
    }

    [Fact]
    public async Task An_event_committed_but_not_delivered_when_the_host_stopped_is_delivered_after_the_next_start()
    {
        var stuck = new StuckDelivery();
        var first = StartHost([], services => services.AddSingleton<IDomainEventHandler<BrandPublished>>(stuck));
        await SeedAsync(first);
        await InScopeAsync(first, (brands, _) => brands.SaveAsync(Manager, Input("K1", "夜校微光")));
        await InScopeAsync(first, (brands, _) => brands.SubmitAsync(Manager, "K1"));

        // The command commits, then its delivery hangs; the host goes away with the event undelivered (and the
        // stuck delivery stays stuck, as a dead process's would).
        _ = InScopeAsync(first, (brands, _) => brands.ApproveAsync(Manager, "K1"));
        await stuck.Entered.Task.WaitAsync(Patience);
        await first.DisposeAsync();

        var deliveries = new PublishedDeliveries();
        await using var second = StartHost([], services => services.AddSingleton<IDomainEventHandler<BrandPublished>>(deliveries));

        (await deliveries.First.WaitAsync(Patience)).ShouldBe("K1");
        var found = await InScopeAsync(second, (_, services) =>
            Task.FromResult(services.GetRequiredService<BrandSearchIndex>().Search("夜校", 0, 10).Hits.Select(h => h.Code).ToList()));
        found.ShouldBe(["K1"]);
    }

    private async Task PublishesOnTimeAsync(Dictionary<string, string> settings)
    {
        await using var host = StartHost(settings);
        await SeedAsync(host);
        var at = await ApproveForLaterAsync(host, "L1");

        var published = await WaitForPublicationAsync(host, "L1");

        published.ShouldBeGreaterThanOrEqualTo(at);
    }

    private async Task PublishesAfterRestartAsync(Dictionary<string, string> settings)
    {
        DateTimeOffset at;
        await using (var before = StartHost(settings))
        {
            await SeedAsync(before);
            at = await ApproveForLaterAsync(before, "R1");
        }

        // Stopped across the time it was due.
        var late = at - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (late > TimeSpan.Zero)
        {
            await Task.Delay(late);
        }

        await using var after = StartHost(settings);
        var published = await WaitForPublicationAsync(after, "R1");

        published.ShouldBeGreaterThanOrEqualTo(at);
    }

    private static async Task<DateTimeOffset> ApproveForLaterAsync(WebApplicationFactory<Program> host, string code)
    {
        await InScopeAsync(host, (brands, _) => brands.SaveAsync(Manager, Input(code, "楼道微光")));
        await InScopeAsync(host, (brands, _) => brands.SubmitAsync(Manager, code));
        var at = DateTimeOffset.UtcNow.AddSeconds(3);
        var approved = await InScopeAsync(host, (brands, _) => brands.ApproveAsync(Manager, code, at));
        approved.State.ShouldBe(Showcase.Abstractions.Content.ContentState.InReview, "approved for later, not published at once");
        return at;
    }

    /// <returns>when the published row says it was published.</returns>
    private static async Task<DateTimeOffset> WaitForPublicationAsync(WebApplicationFactory<Program> host, string code)
    {
        var until = DateTimeOffset.UtcNow + Patience;
        while (DateTimeOffset.UtcNow < until)
        {
            var row = await InScopeAsync(host, (_, services) =>
                services.GetRequiredService<BrandsDbContext>().Published.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code));
            if (row is not null)
            {
                return row.PublishedUtc;
            }

            await Task.Delay(200);
        }

        throw new ShouldAssertException($"Brand {code} was not published within {Patience}.");
    }

    private static Task<RecipeResult> SeedAsync(WebApplicationFactory<Program> host) => InScopeAsync(host, (_, services) =>
        services.GetRequiredService<RecipeRunner>().RunAsync(new MemoryStream("""
            { "name": "uow", "steps": [
              { "step": "organizations", "units": [
                { "code": "CZ", "name": "池州市", "kind": "city" },
                { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
                { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
                { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" } ] } ] }
            """u8.ToArray()), "test"));

    private static ContentEdit<BrandContent> Input(string code, string title) => new(code, new BrandContent
    {
        Title = title,
        CommunityCode = "GC-QP-YLY",
        Summary = "楼栋长带着党员点亮楼道",
        Body = "党员认领楼道，装上声控灯。",
    }) { IsNew = true };

    private static async Task<T> InScopeAsync<T>(WebApplicationFactory<Program> host, Func<IContentWorkflow<Brand, BrandContent>, IServiceProvider, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IContentWorkflow<Brand, BrandContent>>(), scope.ServiceProvider);
    }

    private static Dictionary<string, string> Postgres(TemporaryPostgresDatabase database) => new()
    {
        ["Showcase:Database:Provider"] = "Postgres",
        ["Showcase:Database:ConnectionString"] = database.ConnectionString,
    };

    private WebApplicationFactory<Program> StartHost(Dictionary<string, string> settings, Action<IServiceCollection>? services = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Showcase:DataDir", _dataDir);
            builder.UseSetting("Showcase:SeedDemoData", "false");
            builder.UseSetting("Showcase:Outbox:PollInterval", "00:00:01");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.ClearProviders());
            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });
        _ = factory.Server; // start it: migrations, the scheduler, the outbox replay
        return factory;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
