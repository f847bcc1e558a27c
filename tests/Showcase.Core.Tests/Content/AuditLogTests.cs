using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Core.Audit;
using Showcase.Core.Data;
using Showcase.Testing;

namespace Showcase.Core.Tests.Content;

public sealed class AuditLogTests : IAsyncLifetime
{
    private ShowcaseTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ShowcaseTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Entries_are_appended_with_time_actor_action_target_and_details()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await _host.InScopeAsync(services => services.GetRequiredService<IAuditLog>().WriteAsync("admin", "round.moved", "Round/2021-top10", "SCORING -> CLOSED"));
        await _host.InScopeAsync(services => services.GetRequiredService<IAuditLog>().WriteAsync("judge01", "scorecard.submitted", "Entry/E01"));

        var entries = await _host.InScopeAsync(services => services.GetRequiredService<AuditLog>().ListAsync());

        entries.Select(e => (e.Actor, e.Action, e.Target, e.Details)).ShouldBe(
            [("judge01", "scorecard.submitted", "Entry/E01", ""), ("admin", "round.moved", "Round/2021-top10", "SCORING -> CLOSED")]);
        entries.ShouldAllBe(e => e.AtUtc >= before && e.AtUtc <= DateTimeOffset.UtcNow);
        (await _host.InScopeAsync(services => services.GetRequiredService<AuditLog>().ListAsync(target: "Entry/E01"))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_entry_for_a_command_that_failed_is_not_kept()
    {
        await _host.InScopeAsync(services => Should.ThrowAsync<InvalidOperationException>(
            services.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
            {
                await services.GetRequiredService<IAuditLog>().WriteAsync("admin", "round.moved", "Round/x", "", ct);
                throw new InvalidOperationException("the command fails after writing");
            })));

        (await _host.InScopeAsync(services => services.GetRequiredService<AuditLog>().ListAsync())).ShouldBeEmpty();
    }
}
