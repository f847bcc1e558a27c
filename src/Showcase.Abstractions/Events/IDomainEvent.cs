namespace Showcase.Abstractions.Events;

/// <summary>Marker for events that modules raise and others listen to (publishing, scorecards, ...).</summary>
public interface IDomainEvent;

/// <summary>Handles one kind of domain event. Registered by the listening module.</summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>Publishes an event to every registered handler, in registration order, in the caller's scope.</summary>
public interface IEventBus
{
    Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent;
}
