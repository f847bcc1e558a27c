using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Events;
using Showcase.Testing;

namespace Showcase.Core.Tests.Content;

public sealed class EventBusTests : IAsyncLifetime
{
    private ShowcaseTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ShowcaseTestHost.StartAsync(configure: services =>
    {
        services.AddScoped<Journal>();
        services.AddScoped<IDomainEventHandler<BrandPublished>, SearchIndexer>();
        services.AddScoped<IDomainEventHandler<BrandPublished>, SitemapWriter>();
        services.AddScoped<IDomainEventHandler<BrandUnpublished>, FailingHandler>();
        services.AddScoped<IDomainEventHandler<BrandUnpublished>, SitemapWriter>();
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Handlers_run_in_registration_order_in_the_publishers_scope()
    {
        var lines = await _host.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IEventBus>().PublishAsync(new BrandPublished("B01"));
            return services.GetRequiredService<Journal>().Lines;
        });

        lines.ShouldBe(["index B01", "sitemap B01"]);
    }

    [Fact]
    public async Task An_event_without_handlers_is_a_no_op()
    {
        await _host.InScopeAsync(services => services.GetRequiredService<IEventBus>().PublishAsync(new NobodyListens()));
    }

    [Fact]
    public async Task A_failing_handler_stops_delivery_and_reaches_the_publisher()
    {
        var journal = await _host.InScopeAsync(async services =>
        {
            await Should.ThrowAsync<InvalidOperationException>(() => services.GetRequiredService<IEventBus>().PublishAsync(new BrandUnpublished("B02")));
            return services.GetRequiredService<Journal>().Lines;
        });

        journal.ShouldBeEmpty();
    }

    private sealed record BrandPublished(string Code) : IDomainEvent;

    private sealed record BrandUnpublished(string Code) : IDomainEvent;

    private sealed record NobodyListens : IDomainEvent;

    private sealed class Journal
    {
        public List<string> Lines { get; } = [];
    }

    private sealed class SearchIndexer(Journal journal) : IDomainEventHandler<BrandPublished>
    {
        public Task HandleAsync(BrandPublished domainEvent, CancellationToken cancellationToken)
        {
            journal.Lines.Add($"index {domainEvent.Code}");
            return Task.CompletedTask;
        }
    }

    private sealed class SitemapWriter(Journal journal) : IDomainEventHandler<BrandPublished>, IDomainEventHandler<BrandUnpublished>
    {
        public Task HandleAsync(BrandPublished domainEvent, CancellationToken cancellationToken)
        {
            journal.Lines.Add($"sitemap {domainEvent.Code}");
            return Task.CompletedTask;
        }

        public Task HandleAsync(BrandUnpublished domainEvent, CancellationToken cancellationToken)
        {
            journal.Lines.Add($"sitemap removes {domainEvent.Code}");
            return Task.CompletedTask;
        }
    }

    private sealed class FailingHandler : IDomainEventHandler<BrandUnpublished>
    {
        public Task HandleAsync(BrandUnpublished domainEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("index is down");
    }
}
