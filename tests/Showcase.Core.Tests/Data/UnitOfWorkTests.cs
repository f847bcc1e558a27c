using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Events;
using Showcase.Core.Audit;
using Showcase.Core.Data;
using Showcase.Core.Outbox;
using Showcase.Testing;

namespace Showcase.Core.Tests.Data;

public sealed record EntryScored(string Entry) : IDomainEvent;

public sealed record EntryWithdrawn(string Entry) : IDomainEvent;

/// <summary>What the handlers saw, and in which unit of work (a command's scope or a delivery's scope).</summary>
public sealed class Journal
{
    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>Handlers fail while this is set.</summary>
    public bool Failing { get; set; }
}

public sealed class ScoreBoard(Journal journal, IUnitOfWork unitOfWork) : IDomainEventHandler<EntryScored>
{
    public Task HandleAsync(EntryScored domainEvent, CancellationToken cancellationToken)
    {
        if (journal.Failing)
        {
            throw new InvalidOperationException("the score board is down");
        }

        journal.Lines.Enqueue($"board {domainEvent.Entry}{(unitOfWork.IsActive ? " inside a command" : "")}");
        return Task.CompletedTask;
    }
}

/// <summary>Gathers what it is told and writes it once per delivery.</summary>
public sealed class Ticker(Journal journal) : IDomainEventHandler<EntryScored>, IDomainEventHandler<EntryWithdrawn>, IDomainEventBatch
{
    private readonly List<string> _seen = [];

    public Task HandleAsync(EntryScored domainEvent, CancellationToken cancellationToken)
    {
        _seen.Add($"+{domainEvent.Entry}");
        return Task.CompletedTask;
    }

    public Task HandleAsync(EntryWithdrawn domainEvent, CancellationToken cancellationToken)
    {
        _seen.Add($"-{domainEvent.Entry}");
        return Task.CompletedTask;
    }

    public Task CompleteAsync(CancellationToken cancellationToken)
    {
        journal.Lines.Enqueue($"ticker {string.Join(" ", _seen)}");
        _seen.Clear();
        return Task.CompletedTask;
    }
}

/// <summary>The core's unit of work on a real SQLite file: one transaction per command, events through the outbox after commit.</summary>
public sealed class UnitOfWorkTests : IAsyncLifetime
{
    private readonly Journal _journal = new();
    private ShowcaseTestHost _host = null!;

    public async Task InitializeAsync() => _host = await ShowcaseTestHost.StartAsync(configure: services =>
    {
        services.AddSingleton(_journal);
        services.AddScoped<IDomainEventHandler<EntryScored>, ScoreBoard>();
        services.AddScoped<Ticker>();
        services.AddScoped<IDomainEventHandler<EntryScored>>(sp => sp.GetRequiredService<Ticker>());
        services.AddScoped<IDomainEventHandler<EntryWithdrawn>>(sp => sp.GetRequiredService<Ticker>());
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Events_are_delivered_after_commit_outside_the_command_in_registration_order()
    {
        var seenInside = await InCommandAsync((unitOfWork, _) =>
        {
            unitOfWork.Raise(new EntryScored("E01"));
            unitOfWork.Raise(new EntryWithdrawn("E02"));
            return Task.FromResult(_journal.Lines.ToList());
        });

        seenInside.ShouldBeEmpty();
        _journal.Lines.ShouldBe(["board E01", "ticker +E01 -E02"]);
        (await OutboxAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_event_a_command_raises_again_word_for_word_is_delivered_once_and_in_the_next_command_again()
    {
        await InCommandAsync((unitOfWork, _) =>
        {
            unitOfWork.Raise(new EntryScored("E01"));
            unitOfWork.Raise(new EntryScored("E02"));
            unitOfWork.Raise(new EntryScored("E01"));
            unitOfWork.Raise(new EntryWithdrawn("E02"));
            unitOfWork.Raise(new EntryScored("E02"));
            return Task.FromResult(true);
        });

        _journal.Lines.ShouldBe(["board E01", "board E02", "ticker +E01 +E02 -E02"]);
        await InCommandAsync((unitOfWork, _) =>
        {
            unitOfWork.Raise(new EntryScored("E01"));
            return Task.FromResult(true);
        });

        _journal.Lines.ShouldBe(["board E01", "board E02", "ticker +E01 +E02 -E02", "board E01", "ticker +E01"]);
        (await OutboxAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_command_that_fails_after_raising_an_event_stores_nothing_and_delivers_nothing()
    {
        await Should.ThrowAsync<InvalidOperationException>(() => InCommandAsync<bool>(async (unitOfWork, services) =>
        {
            await services.GetRequiredService<IAuditLog>().WriteAsync("judge01", "scorecard.submit", "Entry/E01");
            unitOfWork.Raise(new EntryScored("E01"));
            throw new InvalidOperationException("the ledger refused the scorecard");
        }));

        _journal.Lines.ShouldBeEmpty();
        (await OutboxAsync()).ShouldBeEmpty();
        (await _host.InScopeAsync(services => services.GetRequiredService<AuditLog>().ListAsync())).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_command_inside_a_command_joins_it_and_its_failure_undoes_both()
    {
        await Should.ThrowAsync<InvalidOperationException>(() => InCommandAsync<bool>(async (unitOfWork, services) =>
        {
            await services.GetRequiredService<IAuditLog>().WriteAsync("manager", "round.open", "Round/R1");
            unitOfWork.Raise(new EntryScored("outer"));
            await unitOfWork.ExecuteAsync(async ct =>
            {
                await services.GetRequiredService<IAuditLog>().WriteAsync("manager", "entry.accept", "Entry/E01", "", ct);
                unitOfWork.Raise(new EntryScored("inner"));
                throw new InvalidOperationException("the entry is not published");
            });
            return true;
        }));

        _journal.Lines.ShouldBeEmpty();
        (await _host.InScopeAsync(services => services.GetRequiredService<AuditLog>().ListAsync())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Nested_commands_commit_once_and_deliver_after_the_outer_one()
    {
        await InCommandAsync(async (unitOfWork, _) =>
        {
            unitOfWork.Raise(new EntryScored("outer"));
            await unitOfWork.ExecuteAsync(_ =>
            {
                unitOfWork.Raise(new EntryScored("inner"));
                return Task.CompletedTask;
            });
            _journal.Lines.ShouldBeEmpty("the inner command delivered before the outer one committed");
            return true;
        });

        _journal.Lines.ShouldBe(["board outer", "board inner", "ticker +outer +inner"]);
    }

    [Fact]
    public async Task After_commit_actions_run_once_committed_before_the_events_are_delivered()
    {
        await InCommandAsync(async (unitOfWork, services) =>
        {
            await services.GetRequiredService<IAuditLog>().WriteAsync("judge01", "scorecard.submit", "Entry/E01");
            unitOfWork.Raise(new EntryScored("E01"));
            unitOfWork.AfterCommit(() =>
            {
                // Another scope's connection sees the command's row: it has committed.
                using var other = _host.Services.CreateScope();
                var audited = other.ServiceProvider.GetRequiredService<AuditLog>().ListAsync().GetAwaiter().GetResult().Count;
                _journal.Lines.Enqueue($"after commit: {audited} audit row, command active {unitOfWork.IsActive}");
            });
            unitOfWork.AfterCommit(() => throw new InvalidOperationException("a cache refused"));
            unitOfWork.AfterCommit(() => _journal.Lines.Enqueue("second action"));
            _journal.Lines.ShouldBeEmpty("an after-commit action ran inside the command");
            return true;
        });

        _journal.Lines.ShouldBe(["after commit: 1 audit row, command active False", "second action", "board E01", "ticker +E01"]);
    }

    [Fact]
    public async Task After_commit_actions_of_a_command_that_rolls_back_never_run()
    {
        await Should.ThrowAsync<InvalidOperationException>(() => InCommandAsync<bool>((unitOfWork, _) =>
        {
            unitOfWork.AfterCommit(() => _journal.Lines.Enqueue("ran"));
            throw new InvalidOperationException("the ledger refused the scorecard");
        }));
        await InCommandAsync((unitOfWork, _) => Task.FromResult(true));

        _journal.Lines.ShouldBeEmpty();
        var error = await _host.InScopeAsync(services => Task.FromResult(Should.Throw<InvalidOperationException>(
            () => services.GetRequiredService<IUnitOfWork>().AfterCommit(() => { }))));
        error.Message.ShouldContain("ExecuteAsync");
    }

    [Fact]
    public async Task Raising_an_event_outside_a_command_is_refused()
    {
        var error = await _host.InScopeAsync(services => Task.FromResult(Should.Throw<InvalidOperationException>(
            () => services.GetRequiredService<IUnitOfWork>().Raise(new EntryScored("E01")))));

        error.Message.ShouldContain("ExecuteAsync");
    }

    [Fact]
    public async Task An_event_whose_handler_fails_stays_in_the_outbox_and_is_delivered_when_it_works_again()
    {
        _journal.Failing = true;
        await InCommandAsync((unitOfWork, _) =>
        {
            unitOfWork.Raise(new EntryScored("E07"));
            return Task.FromResult(true);
        });
        var kept = await OutboxAsync();

        _journal.Failing = false;
        await ReplayAfterThePauseAsync();

        kept.Single().Attempts.ShouldBe(1);
        kept.Single().LastError.ShouldContain("the score board is down");
        _journal.Lines.ShouldContain("board E07");
        (await OutboxAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task What_a_command_committed_but_never_dispatched_is_delivered_by_the_replay()
    {
        var dispatcher = _host.Services.GetRequiredService<OutboxDispatcher>();
        (await dispatcher.HoldsAnyAsync(CancellationToken.None)).ShouldBeFalse("a start with nothing left over skips the replay's statements");

        // As if the process died right after commit: the row is in the outbox, claimed by nobody alive.
        await _host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CoreDbContext>();
            db.Outbox.Add(new OutboxMessage
            {
                Kind = OutboxMessageKind.Event,
                Type = $"{typeof(EntryScored).FullName}, {typeof(EntryScored).Assembly.GetName().Name}",
                Payload = """{"entry":"E09"}""",
                ClaimedUntil = DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeMilliseconds(),
                ClaimedBy = "a process that was killed",
            });
            await db.SaveChangesAsync();
        });

        // What a start on SQLite does: nobody else can hold a claim.
        (await dispatcher.HoldsAnyAsync(CancellationToken.None)).ShouldBeTrue();
        await dispatcher.ReleaseClaimsAsync(CancellationToken.None);
        await dispatcher.DispatchDueAsync(100, CancellationToken.None);

        _journal.Lines.ShouldBe(["board E09", "ticker +E09"]);
        (await OutboxAsync()).ShouldBeEmpty();
        (await dispatcher.HoldsAnyAsync(CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_session_that_need_not_be_durable_commits_at_synchronous_normal_and_puts_the_level_back()
    {
        var levels = await _host.InScopeAsync(async services =>
        {
            var session = services.GetRequiredService<DbSession>();
            session.Durable = false;
            var inside = await services.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
            {
                await services.GetRequiredService<IAuditLog>().WriteAsync("system", "outbox.record", "Outbox/1", cancellationToken: ct);
                return await SynchronousAsync(session);
            });
            return (Inside: inside, After: await SynchronousAsync(session));
        });

        levels.Inside.ShouldBe(1L);
        levels.After.ShouldBe(2L);
        (await _host.InScopeAsync(services => services.GetRequiredService<AuditLog>().ListAsync())).ShouldHaveSingleItem();
        (await _host.InScopeAsync(services => services.GetRequiredService<IUnitOfWork>().ExecuteAsync(_ => SynchronousAsync(services.GetRequiredService<DbSession>()))))
            .ShouldBe(2L);
    }

    [Fact]
    public async Task After_the_outbox_records_what_it_carried_out_every_pooled_connection_commits_durably_again()
    {
        for (var i = 0; i < 5; i++)
        {
            await InCommandAsync((unitOfWork, _) =>
            {
                unitOfWork.Raise(new EntryScored($"E{i}"));
                return Task.FromResult(true);
            });
        }

        _journal.Lines.Count(l => l.StartsWith("board", StringComparison.Ordinal)).ShouldBe(5);
        (await OutboxAsync()).ShouldBeEmpty();

        // Hold several scopes' connections open at once, so that the pool hands out the one the outbox's record used.
        var scopes = Enumerable.Range(0, 4).Select(_ => _host.Services.CreateAsyncScope()).ToList();
        try
        {
            foreach (var scope in scopes)
            {
                var session = scope.ServiceProvider.GetRequiredService<DbSession>();
                await session.Connection.OpenAsync();
                (await SynchronousAsync(session)).ShouldBe(2L);
            }
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }

    private static async Task<long> SynchronousAsync(DbSession session)
    {
        await using var command = session.Connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        command.Transaction = session.Transaction;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The replay, once the failed row's pause is over.</summary>
    private async Task ReplayAfterThePauseAsync()
    {
        await _host.InScopeAsync(services => services.GetRequiredService<CoreDbContext>().Outbox
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, 0L)));
        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(100, CancellationToken.None);
    }

    private Task<List<OutboxMessage>> OutboxAsync() =>
        _host.InScopeAsync(services => services.GetRequiredService<CoreDbContext>().Outbox.AsNoTracking().ToListAsync());

    private Task<T> InCommandAsync<T>(Func<IUnitOfWork, IServiceProvider, Task<T>> command) => _host.InScopeAsync(services =>
    {
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        return unitOfWork.ExecuteAsync(_ => command(unitOfWork, services));
    });
}
