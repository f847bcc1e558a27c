using System.Diagnostics;
using Quartz;
using Showcase.Core.Hosting;

namespace Showcase.Core.Jobs;

/// <summary>
/// <see cref="IJobScheduler"/> on Quartz: one job and one simple trigger per key, both in the job type's
/// group, the trigger set to fire at once when it was missed (host down at the time).
/// </summary>
internal sealed class QuartzJobScheduler(ISchedulerFactory factory) : IJobScheduler
{
    private const int MaxKeyLength = 150;

    public async Task ScheduleAsync<TJob>(string key, DateTimeOffset at, IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default)
        where TJob : IJob
    {
        var (jobKey, triggerKey) = Keys<TJob>(key);
        using var activity = ShowcaseTelemetry.Source.StartActivity("Schedule job", ActivityKind.Internal);
        activity?.SetTag("showcase.job.type", jobKey.Group);
        activity?.SetTag("showcase.job.key", key);

        var job = JobBuilder.Create<TJob>().WithIdentity(jobKey);
        foreach (var (name, value) in data ?? new Dictionary<string, string>())
        {
            job = job.UsingJobData(name, value);
        }

        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(job.Build(), [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
        ShowcaseTelemetry.JobsScheduled.Add(1, new KeyValuePair<string, object?>("showcase.job.type", jobKey.Group));
    }

    public async Task<bool> CancelAsync<TJob>(string key, CancellationToken cancellationToken = default)
        where TJob : IJob
    {
        var (jobKey, _) = Keys<TJob>(key);
        var scheduler = await factory.GetScheduler(cancellationToken);
        return await scheduler.DeleteJob(jobKey, cancellationToken);
    }

    public async Task<DateTimeOffset?> GetScheduledTimeAsync<TJob>(string key, CancellationToken cancellationToken = default)
        where TJob : IJob
    {
        var (_, triggerKey) = Keys<TJob>(key);
        var scheduler = await factory.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(triggerKey, cancellationToken);
        return trigger?.NextFireTimeUtc;
    }

    private static (JobKey Job, TriggerKey Trigger) Keys<TJob>(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A job key has at most {MaxKeyLength} characters: '{key}'.", nameof(key));
        }

        var group = typeof(TJob).FullName ?? typeof(TJob).Name;
        return (new JobKey(key, group), new TriggerKey(key, group));
    }
}
