namespace Showcase.Abstractions.Events;

/// <summary>
/// Marks an <see cref="IDomainEventHandler{TEvent}"/> that keeps state of the node it runs on — a cache, the
/// node's search index, an in-memory snapshot, the node's own live streams — and so must see the event on every
/// node of a cluster, not only on the node whose command raised it.
/// </summary>
/// <remarks>
/// The committing node delivers every event to all its handlers through the outbox, as on a single node. On
/// PostgreSQL the event is also announced to the other nodes (<c>NOTIFY</c>, sent only if the command commits),
/// and each of them delivers it to its handlers that carry this attribute, and to no other: work that must happen
/// once (writing rows, sending mail) stays unmarked. A node that lost its listening connection may have missed
/// announcements, so every marked concern also offers an <see cref="INodeResync"/> that rebuilds it from the
/// database. A marked handler reads ids and versions from the event and the rest from the database, and is
/// idempotent: its node may see an event twice (a replay after a crash).
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EveryNodeAttribute : Attribute;
