using Showcase.Abstractions.Events;
using Showcase.Abstractions.Jobs;

namespace Showcase.Abstractions.Data;

/// <summary>
/// The scope's unit of work: one connection and one transaction for a command (a page POST, a gRPC call, a
/// recipe, a job), across every module DbContext of the scope.
/// </summary>
/// <remarks>
/// Events raised and jobs scheduled or cancelled inside a command are written to the outbox in the command's
/// transaction and carried out after it commits, in a fresh scope: nothing fires for a change that rolled
/// back, nothing else writes to SQLite while the transaction holds its lock, and what a crash interrupts
/// between commit and dispatch is carried out when the host starts again. Delivery is at least once, so
/// handlers are idempotent. No module opens a transaction of its own.
/// </remarks>
public interface IUnitOfWork
{
    /// <summary>True while a command runs in this scope.</summary>
    bool IsActive { get; }

    /// <summary>
    /// Runs <paramref name="command"/> in the unit of work. The outermost call begins the transaction and, when
    /// the command returns, saves every module context's changes, commits and dispatches; a call inside another
    /// joins it. When the command throws, the transaction rolls back, the scope's contexts forget what they
    /// tracked, the events and jobs it asked for are dropped, and the exception reaches the caller.
    /// </summary>
    Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> command, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="ExecuteAsync{T}(Func{CancellationToken, Task{T}}, CancellationToken)"/>
    Task ExecuteAsync(Func<CancellationToken, Task> command, CancellationToken cancellationToken = default);

    /// <summary>
    /// Delivers <paramref name="domainEvent"/> to every <see cref="IDomainEventHandler{TEvent}"/> after the command
    /// commits. The event is stored as JSON, so it is a plain record of ids and values. An event equal to one the
    /// command has already raised (the same type and JSON) is delivered once.
    /// </summary>
    /// <exception cref="InvalidOperationException">no command is running in this scope.</exception>
    void Raise<TEvent>(TEvent domainEvent) where TEvent : IDomainEvent;

    /// <summary>
    /// Runs <typeparamref name="TJob"/> at <paramref name="at"/> (at once if that has passed, or as soon as the host
    /// runs again), once the command commits. The same <paramref name="key"/> again replaces the earlier request.
    /// </summary>
    /// <param name="key">Identifies this run among <typeparamref name="TJob"/>'s, e.g. <c>brand/42</c>; at most 150 characters.</param>
    /// <exception cref="InvalidOperationException">no command is running in this scope.</exception>
    void Schedule<TJob>(string key, DateTimeOffset at, IReadOnlyDictionary<string, string>? data = null) where TJob : IScheduledJob;

    /// <summary>
    /// Runs <paramref name="action"/> in this process right after the command commits, before its events are
    /// dispatched; dropped if it rolls back. For keeping an in-memory cache in step with what was just committed, and
    /// nothing else: unlike an event it is not in the outbox, so a crash after the commit loses it, and whatever it
    /// maintains must be rebuilt from the database when missing. A failure is logged; the command has committed.
    /// </summary>
    /// <exception cref="InvalidOperationException">no command is running in this scope.</exception>
    void AfterCommit(Action action);

    /// <summary>Cancels the pending run of <typeparamref name="TJob"/> under <paramref name="key"/>, if any, once the command commits.</summary>
    /// <exception cref="InvalidOperationException">no command is running in this scope.</exception>
    void Cancel<TJob>(string key) where TJob : IScheduledJob;
}
