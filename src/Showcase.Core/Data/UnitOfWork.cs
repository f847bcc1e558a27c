using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Events;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Jobs;
using Showcase.Core.Cluster;
using Showcase.Core.Outbox;

namespace Showcase.Core.Data;

/// <summary>
/// <see cref="IUnitOfWork"/> on the scope's <see cref="DbSession"/>: the outermost command begins the
/// transaction; at its end every module context's changes are saved, the events and job requests it made are
/// added to the outbox, and everything commits at once. Then the <see cref="OutboxDispatcher"/> carries out what
/// the outbox holds, after commit and in a fresh scope. On PostgreSQL the events are also announced to the other
/// nodes of a cluster, in the same transaction (<see cref="ClusterAnnouncer"/>).
/// </summary>
internal sealed class UnitOfWork(DbSession session, IServiceProvider services, OutboxDispatcher dispatcher, ClusterAnnouncer announcer, TimeProvider clock, ILogger<UnitOfWork> logger) : IUnitOfWork
{
    private const int MaxJobKeyLength = 150;

    private readonly List<OutboxMessage> _pending = [];
    private readonly HashSet<(Type Type, string Payload)> _raised = [];
    private readonly List<Action> _afterCommit = [];
    private int _depth;

    public bool IsActive => _depth > 0;

    public async Task ExecuteAsync(Func<CancellationToken, Task> command, CancellationToken cancellationToken = default) =>
        await ExecuteAsync<bool>(async ct =>
        {
            await command(ct);
            return true;
        }, cancellationToken);

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> command, CancellationToken cancellationToken = default)
    {
        if (_depth > 0)
        {
            _depth++;
            try
            {
                return await command(cancellationToken);
            }
            finally
            {
                _depth--;
            }
        }

        await session.BeginTransactionAsync(cancellationToken);
        _depth = 1;
        T result;
        List<OutboxMessage> messages;
        Action[] afterCommit;
        try
        {
            result = await command(cancellationToken);
            messages = [.. _pending];
            afterCommit = [.. _afterCommit];
            await SaveAsync(messages, cancellationToken);
            await session.CommitAsync(cancellationToken);
        }
        catch
        {
            await session.RollbackAsync();
            ForgetTrackedChanges();
            throw;
        }
        finally
        {
            _depth = 0;
            _pending.Clear();
            _raised.Clear();
            _afterCommit.Clear();
        }

        foreach (var action in afterCommit)
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                logger.LogError(e, "An after-commit action failed; the command committed");
            }
        }

        if (messages.Count > 0)
        {
            Detach(messages);
            messages.RemoveAll(m => m.Kind == OutboxMessageKind.Announcement);
            // Committed: what follows is not the command's to cancel, and a failure here is retried from the outbox.
            await dispatcher.DispatchAsync(messages, CancellationToken.None);
        }

        return result;
    }

    public void Raise<TEvent>(TEvent domainEvent) where TEvent : IDomainEvent
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        EnsureActive("raise an event");
        var type = domainEvent.GetType();
        var payload = JsonSerializer.Serialize(domainEvent, type, OutboxJson.Options);
        // An event this command has already raised, word for word, tells its handlers nothing new (they run after the
        // commit, on what it committed): a recipe entering a thousand entries has the round's change handled once.
        if (_raised.Add((type, payload)))
        {
            _pending.Add(NewMessage(OutboxMessageKind.Event, type, payload));
        }
    }

    public void Schedule<TJob>(string key, DateTimeOffset at, IReadOnlyDictionary<string, string>? data = null) where TJob : IScheduledJob
    {
        CheckKey(key);
        EnsureActive("schedule a job");
        _pending.Add(NewMessage(OutboxMessageKind.ScheduleJob, typeof(TJob), JsonSerializer.Serialize(new JobRequest(key, at, data), OutboxJson.Options)));
    }

    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        EnsureActive("run an action after commit");
        _afterCommit.Add(action);
    }

    public void Cancel<TJob>(string key) where TJob : IScheduledJob
    {
        CheckKey(key);
        EnsureActive("cancel a job");
        _pending.Add(NewMessage(OutboxMessageKind.CancelJob, typeof(TJob), JsonSerializer.Serialize(new JobRequest(key, null, null), OutboxJson.Options)));
    }

    /// <summary>Saves what every context of the scope tracks, the outbox rows last, inside the transaction.</summary>
    private async Task SaveAsync(List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var context in session.Contexts.ToList())
        {
            if (context.ChangeTracker.HasChanges())
            {
                await context.SaveChangesAsync(cancellationToken);
            }
        }

        if (messages.Count > 0)
        {
            var core = services.GetRequiredService<CoreDbContext>();
            var announced = session.Provider == DatabaseProvider.Postgres ? announcer.Prepare(messages) : [];
            var stored = announced.Select(p => p.Stored).OfType<OutboxMessage>().ToList();
            core.Outbox.AddRange(messages);
            core.Outbox.AddRange(stored);
            await core.SaveChangesAsync(cancellationToken);
            if (announced.Count > 0)
            {
                await announcer.NotifyAsync(session.Connection, session.Transaction!, announced, cancellationToken);
            }

            // The stored copies are not the dispatcher's; they only have to leave the context like the rest.
            messages.AddRange(stored);
        }
    }

    private void Detach(List<OutboxMessage> messages)
    {
        var core = services.GetRequiredService<CoreDbContext>();
        foreach (var message in messages)
        {
            core.Entry(message).State = EntityState.Detached;
        }
    }

    /// <summary>After a rollback the scope's contexts still track what they tried to save; drop it so the scope stays usable.</summary>
    private void ForgetTrackedChanges()
    {
        foreach (var context in session.Contexts)
        {
            try
            {
                context.ChangeTracker.Clear();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    /// <summary>A row written already claimed by this process's dispatcher, which carries it out right after commit.</summary>
    private OutboxMessage NewMessage(OutboxMessageKind kind, Type type, string payload)
    {
        var message = new OutboxMessage { Kind = kind, Type = OutboxJson.TypeName(type), Payload = payload, CreatedAt = clock.GetUtcNow().ToUnixTimeMilliseconds() };
        dispatcher.ClaimNew(message);
        return message;
    }

    private void EnsureActive(string what)
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException($"Cannot {what} outside a command: run it inside IUnitOfWork.ExecuteAsync.");
        }
    }

    private static void CheckKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key.Length > MaxJobKeyLength)
        {
            throw new ArgumentException($"A job key has at most {MaxJobKeyLength} characters: '{key}'.", nameof(key));
        }
    }
}
