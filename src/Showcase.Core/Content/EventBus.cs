using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Events;

namespace Showcase.Core.Content;

/// <summary>
/// Delivers an event to the handlers registered for its declared type, one after another in
/// registration order, in the publisher's scope (so they share its transaction). A handler that throws
/// stops the delivery and the exception reaches the publisher.
/// </summary>
internal sealed class EventBus(IServiceProvider services) : IEventBus
{
    public async Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.HandleAsync(domainEvent, cancellationToken);
        }
    }
}
