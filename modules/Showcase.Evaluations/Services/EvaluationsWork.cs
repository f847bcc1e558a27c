using Showcase.Abstractions.Events;
using Showcase.Core.Data;
using Showcase.Core.Jobs;

namespace Showcase.Evaluations.Services;

/// <summary>
/// The module's one transaction boundary, shaped like the core's coming unit of work (<c>ExecuteAsync</c>, <c>Raise</c>,
/// <c>Schedule</c>, <c>Cancel</c>) so that moving onto it is a change of this file. The outermost call opens the scope's
/// transaction and commits it, then delivers the events and job requests it collected; inner calls join. Inside a
/// transaction someone else opened (a recipe's), events are delivered in that scope when the command returns, and job
/// requests are left to <see cref="Jobs.RoundScheduleStartupTask"/>, which schedules every round's next move at start.
/// </summary>
public sealed class EvaluationsWork(DbSession session, IEventBus events, IJobScheduler jobs)
{
    private readonly List<Func<CancellationToken, Task>> _events = [];
    private readonly List<Func<CancellationToken, Task>> _jobs = [];
    private bool _owner;

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> command, CancellationToken cancellationToken)
    {
        if (_owner)
        {
            return await command(cancellationToken);
        }

        if (session.Transaction is not null)
        {
            var joined = await command(cancellationToken);
            _jobs.Clear();
            await DeliverAsync(_events, cancellationToken);
            return joined;
        }

        await session.BeginTransactionAsync(cancellationToken);
        _owner = true;
        T result;
        try
        {
            result = await command(cancellationToken);
            await session.CommitAsync(cancellationToken);
        }
        catch
        {
            await session.RollbackAsync(CancellationToken.None);
            _events.Clear();
            _jobs.Clear();
            throw;
        }
        finally
        {
            _owner = false;
        }

        await DeliverAsync(_jobs, cancellationToken);
        await DeliverAsync(_events, cancellationToken);
        return result;
    }

    public Task ExecuteAsync(Func<CancellationToken, Task> command, CancellationToken cancellationToken) =>
        ExecuteAsync<bool>(async ct =>
        {
            await command(ct);
            return true;
        }, cancellationToken);

    public void Raise<TEvent>(TEvent domainEvent) where TEvent : IDomainEvent =>
        _events.Add(ct => events.PublishAsync(domainEvent, ct));

    public void Schedule<TJob>(string key, DateTimeOffset at, IReadOnlyDictionary<string, string>? data = null)
        where TJob : Quartz.IJob =>
        _jobs.Add(ct => jobs.ScheduleAsync<TJob>(key, at, data, ct));

    public void Cancel<TJob>(string key)
        where TJob : Quartz.IJob =>
        _jobs.Add(ct => jobs.CancelAsync<TJob>(key, ct));

    private static async Task DeliverAsync(List<Func<CancellationToken, Task>> pending, CancellationToken cancellationToken)
    {
        var copy = pending.ToList();
        pending.Clear();
        foreach (var action in copy)
        {
            await action(cancellationToken);
        }
    }
}
