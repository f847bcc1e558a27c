namespace Showcase.Abstractions.Events;

/// <summary>
/// Marker for events that modules raise (through <see cref="Data.IUnitOfWork.Raise{TEvent}"/>) and others listen to
/// (publishing, scorecards, ...). An event is a plain record of ids and values: it is stored as JSON in the outbox.
/// </summary>
public interface IDomainEvent;

/// <summary>
/// Handles one kind of domain event after the command that raised it committed, in a fresh scope. Registered
/// by the listening module. Delivery is at least once (a crash may repeat it), so a handler is idempotent.
/// </summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Implemented by a handler that gathers the events delivered to it and finishes its work once per delivery
/// (one search-index update for a recipe that published a thousand brands). The core calls
/// <see cref="CompleteAsync"/> after the handler received the events of one delivery, in the same scope; if it
/// throws, those events are delivered again later.
/// </summary>
public interface IDomainEventBatch
{
    Task CompleteAsync(CancellationToken cancellationToken);
}
