namespace Showcase.Abstractions.Jobs;

/// <summary>
/// Work that runs once at a given time ("publish later", a round's next state), requested through
/// <see cref="Data.IUnitOfWork.Schedule{TJob}"/>. The core keeps the request in the database, so it runs after a
/// restart and, on a PostgreSQL cluster, on exactly one node. The job is built from DI in a fresh scope per run;
/// a job that changes data does so in that scope's unit of work. A job may run late, so it checks that its work
/// is still due.
/// </summary>
public interface IScheduledJob
{
    Task RunAsync(ScheduledJobContext context, CancellationToken cancellationToken);
}

/// <param name="Key">The key it was scheduled under, e.g. <c>brand/42</c>.</param>
/// <param name="Data">The data it was scheduled with.</param>
/// <param name="ScheduledFor">When it was due (it may run later: the host was down, or busy).</param>
public sealed record ScheduledJobContext(string Key, IReadOnlyDictionary<string, string> Data, DateTimeOffset ScheduledFor)
{
    /// <exception cref="InvalidOperationException">the job was scheduled without <paramref name="name"/>.</exception>
    public string Get(string name) =>
        Data.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"Job {Key} has no data '{name}'.");
}

/// <summary>What is scheduled: for screens that show "publishes at …".</summary>
public interface IJobSchedule
{
    /// <returns>when the run under <paramref name="key"/> is due, or null if none is pending.</returns>
    Task<DateTimeOffset?> GetScheduledTimeAsync<TJob>(string key, CancellationToken cancellationToken = default) where TJob : IScheduledJob;
}
