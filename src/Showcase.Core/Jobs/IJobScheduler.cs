using Quartz;

namespace Showcase.Core.Jobs;

/// <summary>
/// Runs a job once at a given time — "publish later", a round's next state — kept in the database, so it
/// fires after a restart and, on a PostgreSQL cluster, on exactly one node. A job is a Quartz
/// <see cref="IJob"/> built from DI per run (it may take scoped services such as a DbContext); it reads
/// its data with <c>context.MergedJobDataMap.GetString(name)</c>.
/// </summary>
public interface IJobScheduler
{
    /// <summary>
    /// Schedules <typeparamref name="TJob"/> to run at <paramref name="at"/> (at once if that has passed,
    /// or as soon as the host runs again). Scheduling the same <paramref name="key"/> again replaces the earlier time and data.
    /// </summary>
    /// <param name="key">Identifies this run among <typeparamref name="TJob"/>'s, e.g. <c>brand/42</c>; at most 150 characters.</param>
    Task ScheduleAsync<TJob>(string key, DateTimeOffset at, IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default)
        where TJob : IJob;

    /// <returns>true if the run was still pending and is now cancelled.</returns>
    Task<bool> CancelAsync<TJob>(string key, CancellationToken cancellationToken = default)
        where TJob : IJob;

    /// <returns>when the run is due, or null if none is pending under <paramref name="key"/>.</returns>
    Task<DateTimeOffset?> GetScheduledTimeAsync<TJob>(string key, CancellationToken cancellationToken = default)
        where TJob : IJob;
}
