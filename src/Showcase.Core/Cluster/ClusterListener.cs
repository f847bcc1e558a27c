using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Showcase.Abstractions.Events;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Data;
using Showcase.Core.Hosting;
using Showcase.Core.Outbox;

namespace Showcase.Core.Cluster;

/// <summary>
/// This node's ear on the cluster (PostgreSQL only): a dedicated connection that <c>LISTEN</c>s on
/// <see cref="ClusterAnnouncer.Channel"/>, waits for notifications and, when quiet for a heartbeat interval, runs a
/// query to prove the connection still works. Notices from other nodes are delivered, in the order they arrived, to
/// this node's <see cref="EveryNodeAttribute"/> handlers in a fresh scope. NOTIFY is never replayed, so when the
/// connection is lost (the server restarted, the session was terminated, the network broke) the node reconnects with
/// a growing pause and then runs every <see cref="INodeResync"/>, and says so in its log.
/// </summary>
internal sealed class ClusterListener(
    IServiceScopeFactory scopes,
    IOptions<ShowcaseOptions> showcase,
    IOptions<ClusterOptions> options,
    ClusterNode node,
    ClusterListenerState state,
    TimeProvider clock,
    ILogger<ClusterListener> logger) : BackgroundService
{
    /// <summary>The listening session's <c>application_name</c>, so an operator (or a test) can find it in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationNamePrefix = "showcase-listener ";

    private const int MaxNoticesPerDelivery = 500;

    private static readonly TimeSpan FirstReconnectDelay = TimeSpan.FromMilliseconds(200);

    private readonly Channel<Item> _items = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>A notification's payload, or (payload null) a request to resynchronise.</summary>
    private readonly record struct Item(string? Payload, string? ResyncReason);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (showcase.Value.Database.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        state.Enabled = true;
        state.Down(clock.GetUtcNow());
        await Task.Yield();
        var consumer = Task.Run(() => ConsumeAsync(stoppingToken), CancellationToken.None);
        try
        {
            await ListenAsync(stoppingToken);
        }
        finally
        {
            _items.Writer.TryComplete();
            await consumer;
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionStrings.Postgres(showcase.Value))
        {
            Pooling = false,
            ApplicationName = ApplicationNamePrefix + node.Name,
            // The operating system notices a peer that vanished without a word; the heartbeat notices the rest.
            TcpKeepAlive = true,
        }.ToString();
        var delay = FirstReconnectDelay;
        var everConnected = false;
        DateTimeOffset? lostAt = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => _items.Writer.TryWrite(new Item(e.Payload, null));
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {ClusterAnnouncer.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                var now = clock.GetUtcNow();
                state.Up(now, reconnect: everConnected);
                if (everConnected)
                {
                    ShowcaseTelemetry.ClusterReconnects.Add(1);
                    logger.LogWarning(
                        "Cluster listener of node {Node} reconnected after {Downtime:0.0} s; resynchronising from the database, since notifications sent meanwhile are not replayed",
                        node.Name, (now - (lostAt ?? now)).TotalSeconds);
                    // Queued behind what the old connection delivered; what arrives from now on follows it.
                    _items.Writer.TryWrite(new Item(null, "reconnect"));
                }
                else
                {
                    logger.LogInformation("Cluster listener of node {Node} is listening on {Channel}", node.Name, ClusterAnnouncer.Channel);
                }

                everConnected = true;
                lostAt = null;
                delay = FirstReconnectDelay;
                await WaitWithHeartbeatAsync(connection, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or IOException or OperationCanceledException)
            {
                var now = clock.GetUtcNow();
                lostAt ??= now;
                state.Down(now);
                logger.LogWarning("Cluster listener of node {Node} lost its connection ({Reason}); trying again in {Delay:0.0} s", node.Name, e.Message, delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.MaxReconnectDelay.Ticks));
            }
        }

        state.Down(clock.GetUtcNow());
    }

    private async Task WaitWithHeartbeatAsync(NpgsqlConnection connection, CancellationToken stoppingToken)
    {
        var heartbeat = options.Value.HeartbeatInterval;
        var timeout = (int)Math.Max(1, Math.Ceiling(heartbeat.TotalSeconds));
        while (true)
        {
            if (!await connection.WaitAsync(heartbeat, stoppingToken))
            {
                // Quiet for a while: a query answers only on a connection that still works.
                await using var ping = new NpgsqlCommand("SELECT 1", connection) { CommandTimeout = timeout };
                await ping.ExecuteScalarAsync(stoppingToken);
            }
        }
    }

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        var reader = _items.Reader;
        var notices = new List<ClusterNotice>();
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                string? resync = null;
                notices.Clear();
                while (notices.Count < MaxNoticesPerDelivery && reader.TryRead(out var item))
                {
                    if (item.ResyncReason is { } reason)
                    {
                        resync = reason;
                    }
                    else if (Parse(item.Payload!) is { } notice && notice.Origin != node.Id)
                    {
                        notices.Add(notice);
                    }
                }

                // Resynchronising reads everything committed so far; the notices gathered with it are delivered after.
                if (resync is not null)
                {
                    await ResyncAsync(resync, stoppingToken);
                }

                if (notices.Count > 0 && !await DeliverAsync(notices, stoppingToken))
                {
                    await ResyncAsync("a failed delivery", stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private ClusterNotice? Parse(string payload)
    {
        try
        {
            return ClusterNotice.Parse(payload);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            logger.LogWarning("Cluster listener ignored a notice it cannot read: {Payload}", payload.Length > 200 ? payload[..200] : payload);
            return null;
        }
    }

    /// <returns>false when a handler failed, or an event could not be read: the node should resynchronise.</returns>
    private async Task<bool> DeliverAsync(List<ClusterNotice> notices, CancellationToken cancellationToken)
    {
        var ok = true;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var batches = new HashSet<IDomainEventBatch>(ReferenceEqualityComparer.Instance);
            foreach (var notice in notices)
            {
                var type = OutboxJson.ResolveType(notice.Type);
                if (type is null)
                {
                    // A module switched off on this node: nothing here listens to it.
                    continue;
                }

                try
                {
                    var json = notice.Event ?? await StoredEventAsync(scope.ServiceProvider, notice.StoredId!.Value, cancellationToken);
                    if (json is null)
                    {
                        logger.LogWarning("Cluster notice of {Type} from {Origin} names outbox row {Id}, which is gone", notice.Type, notice.Origin, notice.StoredId);
                        ok = false;
                        continue;
                    }

                    var domainEvent = JsonSerializer.Deserialize(json, type, OutboxJson.Options) ?? throw new JsonException("empty event");
                    await DomainEventDelivery.DeliverAsync(scope.ServiceProvider, type, domainEvent, everyNodeOnly: true, batches, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Delivering {Type} from {Origin} to this node's every-node handlers failed", notice.Type, notice.Origin);
                    ok = false;
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
                    logger.LogWarning(e, "Completing {Handler} after cluster notices failed", batch.GetType().Name);
                    ok = false;
                }
            }
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var notice in notices)
        {
            var lag = Math.Max(0, now - notice.At);
            ShowcaseTelemetry.ClusterNotificationLag.Record(lag);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("Cluster notice {Type} from {Origin} delivered {Lag} ms after its commit", notice.Type, notice.Origin, lag);
            }
        }

        ShowcaseTelemetry.ClusterNoticesDelivered.Add(notices.Count);
        return ok;
    }

    private static Task<string?> StoredEventAsync(IServiceProvider services, long id, CancellationToken cancellationToken) =>
        services.GetRequiredService<CoreDbContext>().Outbox.AsNoTracking()
            .Where(m => m.Id == id && m.Kind == OutboxMessageKind.Announcement)
            .Select(m => m.Payload)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task ResyncAsync(string reason, CancellationToken cancellationToken)
    {
        var done = new List<string>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            foreach (var resync in scope.ServiceProvider.GetServices<INodeResync>())
            {
                try
                {
                    await resync.ResyncAsync(cancellationToken);
                    done.Add(resync.Concern);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Resynchronising {Concern} after {Reason} failed", resync.Concern, reason);
                }
            }
        }

        ShowcaseTelemetry.ClusterResyncs.Add(1);
        logger.LogInformation("Node {Node} resynchronised from the database after {Reason}: {Concerns}", node.Name, reason, done.Count == 0 ? "nothing to do" : string.Join(", ", done));
    }
}
