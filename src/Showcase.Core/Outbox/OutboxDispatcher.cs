using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Events;
using Showcase.Core.Cluster;
using Showcase.Core.Data;
using Showcase.Core.Hosting;
using Showcase.Core.Jobs;

namespace Showcase.Core.Outbox;

/// <summary>
/// Carries out outbox rows after their command committed: delivers events to their handlers and hands job
/// requests to the scheduler, in a fresh scope, rows in the order they were written. A row is claimed first
/// (so nobody else carries it out meanwhile) and deleted when done; one that fails stays, with its error, and
/// is tried again later with a growing pause, and given up (parked, logged as an error) after
/// <see cref="MaxAttempts"/> tries.
/// </summary>
internal sealed class OutboxDispatcher(IServiceScopeFactory scopes, ClusterNode node, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    public const int MaxAttempts = 10;

    /// <summary>How long a claim holds: a dispatcher that died with a claim is replaced after this.</summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan MaxPause = TimeSpan.FromMinutes(5);

    /// <summary>Who claims rows: this run of this node.</summary>
    public string Node => node.Id;

    /// <summary>Marks a new row as held by this dispatcher, so that it is written already claimed (no statement of its own).</summary>
    public void ClaimNew(OutboxMessage message)
    {
        message.ClaimedBy = Node;
        message.ClaimedUntil = clock.GetUtcNow().Add(ClaimLifetime).ToUnixTimeMilliseconds();
    }

    /// <summary>Carries out rows its command has just committed, written already claimed by <see cref="ClaimNew"/>.</summary>
    public async Task DispatchAsync(IReadOnlyList<OutboxMessage> committed, CancellationToken cancellationToken)
    {
        try
        {
            await CarryOutAsync([.. committed], cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Committed rows stay in the outbox; the replay picks them up when the claim runs out.
            logger.LogError(e, "Dispatching {Count} outbox rows failed; they will be tried again", committed.Count);
        }
    }

    /// <summary>Carries out up to <paramref name="max"/> rows that are due: never claimed, or whose claim ran out.</summary>
    /// <returns>how many rows were taken.</returns>
    public async Task<int> DispatchDueAsync(int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var claimed = await ClaimAsync(q => q.Where(m => m.ClaimedUntil < now).OrderBy(m => m.Id).Take(max), cancellationToken);
        await CarryOutAsync(claimed, cancellationToken);
        return claimed.Count;
    }

    /// <summary>
    /// Whether the outbox holds any row at all, by one plain SQL query: a start with nothing left over (the usual one) then
    /// compiles no LINQ query and writes nothing for it, beside the first requests.
    /// </summary>
    public async Task<bool> HoldsAnyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        if (session.Connection.State != System.Data.ConnectionState.Open)
        {
            await session.Connection.OpenAsync(cancellationToken);
        }

        await using var command = session.Connection.CreateCommand();
        command.CommandText = $"SELECT 1 FROM {StoreNames.Of<OutboxMessage>(db).Table} LIMIT 1";
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Forgets every claim that has not run out (a single-node host at start: no claim can be alive).</summary>
    public async Task ReleaseClaimsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var released = await db.Outbox.Where(m => m.ClaimedUntil > 0 && m.ClaimedUntil != OutboxMessage.Parked)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, 0L), cancellationToken);
        if (released > 0)
        {
            logger.LogInformation("Released {Count} outbox rows claimed by a previous run", released);
        }
    }

    /// <summary>Deletes announcement rows old enough that every node has read them (or resynchronised since).</summary>
    public async Task PurgeAnnouncementsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var before = clock.GetUtcNow().Subtract(ClusterAnnouncer.AnnouncementLifetime).ToUnixTimeMilliseconds();
        await db.Outbox.Where(m => m.Kind == OutboxMessageKind.Announcement && m.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<List<OutboxMessage>> ClaimAsync(Func<IQueryable<OutboxMessage>, IQueryable<OutboxMessage>> which, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var candidates = await which(db.Outbox.AsNoTracking()).Select(m => m.Id).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        // One statement claims what nobody holds; reading back by the claim's own mark tells which rows were won.
        var until = now + (long)ClaimLifetime.TotalMilliseconds + Random.Shared.Next(1000);
        await db.Outbox.Where(m => candidates.Contains(m.Id) && m.ClaimedUntil < now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until).SetProperty(m => m.ClaimedBy, Node), cancellationToken);
        return await db.Outbox.AsNoTracking()
            .Where(m => candidates.Contains(m.Id) && m.ClaimedBy == Node && m.ClaimedUntil == until)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
    }

    private async Task CarryOutAsync(List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var done = new List<OutboxMessage>(messages.Count);
        var failed = new List<(OutboxMessage Message, Exception Error)>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var batches = new HashSet<IDomainEventBatch>(ReferenceEqualityComparer.Instance);
            foreach (var message in messages)
            {
                try
                {
                    await CarryOutAsync(scope.ServiceProvider, message, batches, cancellationToken);
                    done.Add(message);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed.Add((message, e));
                }
            }

            foreach (var batch in batches)
            {
                try
                {
                    await batch.CompleteAsync(cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The handler did not finish: everything this delivery carried goes again (handlers are idempotent).
                    failed.AddRange(done.Select(m => (m, e)));
                    done.Clear();
                    break;
                }
            }
        }

        // What the handlers only set going (a leaderboard's rebuild, say) goes first: on a busy core, the thread pool runs
        // the work they queued before this bookkeeping, a transaction of its own that waits for the write turn. The rows
        // stay claimed by this node meanwhile.
        await Task.Yield();
        await RecordAsync(done, failed, cancellationToken);
        ShowcaseTelemetry.OutboxDispatched.Add(done.Count);
    }

    private async Task CarryOutAsync(IServiceProvider services, OutboxMessage message, ISet<IDomainEventBatch> batches, CancellationToken cancellationToken)
    {
        var type = OutboxJson.ResolveType(message.Type)
            ?? throw new InvalidOperationException($"Outbox row {message.Id}: type '{message.Type}' is not loaded (a module switched off or a type renamed).");
        switch (message.Kind)
        {
            case OutboxMessageKind.Event:
                var domainEvent = JsonSerializer.Deserialize(message.Payload, type, OutboxJson.Options)
                    ?? throw new InvalidOperationException($"Outbox row {message.Id}: empty event.");
                await DomainEventDelivery.DeliverAsync(services, type, domainEvent, everyNodeOnly: false, batches, cancellationToken);
                break;
            case OutboxMessageKind.ScheduleJob:
                var schedule = Request(message);
                await Jobs(services).ScheduleAsync(type, schedule.Key, schedule.At ?? clock.GetUtcNow(), schedule.Data, cancellationToken);
                break;
            case OutboxMessageKind.CancelJob:
                await Jobs(services).CancelAsync(type, Request(message).Key, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Outbox row {message.Id}: unknown kind {message.Kind}.");
        }
    }

    private static QuartzJobScheduler Jobs(IServiceProvider services) =>
        services.GetService<QuartzJobScheduler>()
        ?? throw new InvalidOperationException("This host has no job scheduler (AddShowcaseJobs); the request stays in the outbox.");

    private static JobRequest Request(OutboxMessage message) =>
        JsonSerializer.Deserialize<JobRequest>(message.Payload, OutboxJson.Options)
        ?? throw new InvalidOperationException($"Outbox row {message.Id}: empty job request.");

    private async Task RecordAsync(List<OutboxMessage> done, List<(OutboxMessage Message, Exception Error)> failed, CancellationToken cancellationToken)
    {
        if (done.Count == 0 && failed.Count == 0)
        {
            return;
        }

        // A command of its own, so that on SQLite it waits its turn with the others (SqliteConnections). Its commit does not
        // wait for the disk: should a power cut lose it, the rows are carried out again at the next start, as they already
        // are when the process is killed before this record (the outbox delivers at least once).
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<DbSession>().Durable = false;
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().ExecuteAsync(ct => RecordCoreAsync(db, done, failed, ct), cancellationToken);
    }

    private async Task RecordCoreAsync(CoreDbContext db, List<OutboxMessage> done, List<(OutboxMessage Message, Exception Error)> failed, CancellationToken cancellationToken)
    {
        if (done.Count > 0)
        {
            var ids = done.Select(m => m.Id).ToList();
            await db.Outbox.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var (message, error) in failed)
        {
            var attempts = message.Attempts + 1;
            var parked = attempts >= MaxAttempts;
            var pause = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempts), MaxPause.TotalSeconds));
            var until = parked ? OutboxMessage.Parked : clock.GetUtcNow().Add(pause).ToUnixTimeMilliseconds();
            var text = error.ToString();
            text = text.Length > 4000 ? text[..4000] : text;
            await db.Outbox.Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.ClaimedUntil, until).SetProperty(m => m.LastError, text), cancellationToken);
            if (parked)
            {
                logger.LogError(error, "Outbox row {Id} ({Kind} {Type}) failed {Attempts} times and is parked", message.Id, message.Kind, message.Type, attempts);
            }
            else
            {
                logger.LogWarning(error, "Outbox row {Id} ({Kind} {Type}) failed; next try in {Pause}", message.Id, message.Kind, message.Type, pause);
            }
        }
    }
}
