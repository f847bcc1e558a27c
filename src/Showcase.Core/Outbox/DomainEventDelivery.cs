using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Events;

namespace Showcase.Core.Outbox;

/// <summary>
/// Hands an event to the <see cref="IDomainEventHandler{TEvent}"/>s of a scope: all of them on the node that
/// committed it (<see cref="OutboxDispatcher"/>), only the <see cref="EveryNodeAttribute"/> ones on the others
/// (<see cref="Cluster.ClusterListener"/>). Handlers that gather (<see cref="IDomainEventBatch"/>) are collected for
/// the caller to complete once per delivery.
/// </summary>
internal static class DomainEventDelivery
{
    private static readonly ConcurrentDictionary<Type, Delivery> Deliveries = new();

    private delegate Task<int> Delivery(IServiceProvider services, object domainEvent, bool everyNodeOnly, ISet<IDomainEventBatch> batches, CancellationToken cancellationToken);

    /// <returns>how many handlers received it.</returns>
    public static Task<int> DeliverAsync(IServiceProvider services, Type eventType, object domainEvent, bool everyNodeOnly, ISet<IDomainEventBatch> batches, CancellationToken cancellationToken) =>
        Deliveries.GetOrAdd(eventType, Create)(services, domainEvent, everyNodeOnly, batches, cancellationToken);

    /// <summary>Whether a handler keeps state of its own node and so runs on every node.</summary>
    public static bool RunsOnEveryNode(object handler) => handler.GetType().IsDefined(typeof(EveryNodeAttribute), inherit: false);

    private static Delivery Create(Type eventType)
    {
        var method = typeof(DomainEventDelivery).GetMethod(nameof(DeliverTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(eventType);
        return method.CreateDelegate<Delivery>();
    }

    private static async Task<int> DeliverTypedAsync<TEvent>(IServiceProvider services, object domainEvent, bool everyNodeOnly, ISet<IDomainEventBatch> batches, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        var delivered = 0;
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            if (everyNodeOnly && !RunsOnEveryNode(handler))
            {
                continue;
            }

            await handler.HandleAsync((TEvent)domainEvent, cancellationToken);
            delivered++;
            if (handler is IDomainEventBatch batch)
            {
                batches.Add(batch);
            }
        }

        return delivered;
    }
}
