using System.Diagnostics;
using Quartz;
using Showcase.Abstractions.Jobs;
using Showcase.Core.Hosting;

namespace Showcase.Core.Jobs;

/// <summary>
/// Job requests on Quartz: one job and one simple trigger per key, both in the job type's group, the trigger
/// set to fire at once when it was missed (host down at the time). Only the outbox dispatcher schedules and
/// cancels, after the command that asked for it committed (<see cref="Abstractions.Data.IUnitOfWork.Schedule{TJob}"/>).
/// </summary>
internal sealed class QuartzJobScheduler(ISchedulerFactory factory) : IJobSchedule
{
    /// <summary>The trigger's own data (not the job's): the time the command asked for.</summary>
    internal const string RequestedAt = "showcase.requestedAt";

    public async Task ScheduleAsync(Type jobType, string key, DateTimeOffset at, IReadOnlyDictionary<string, string>? data, CancellationToken cancellationToken)
    {
        var (jobKey, triggerKey) = Keys(jobType, key);
        using var activity = ShowcaseTelemetry.Source.StartActivity("Schedule job", ActivityKind.Internal);
        activity?.SetTag("showcase.job.type", jobKey.Group);
        activity?.SetTag("showcase.job.key", key);

        // Recovery: a node killed while running the job leaves it to another node (cluster) or to its next start,
        // which runs it again; jobs catch up with what is due, so a second run finishes what the first could not.
        var job = JobBuilder.Create().OfType(typeof(ScheduledJobRunner<>).MakeGenericType(jobType)).WithIdentity(jobKey).RequestRecovery();
        foreach (var (name, value) in data ?? new Dictionary<string, string>())
        {
            job = job.UsingJobData(name, value);
        }

        // A time already past (a schedule edited to yesterday) is due now: given as is, Quartz would leave it to its
        // misfire scan, which runs about once a minute.
        var now = DateTimeOffset.UtcNow;
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .UsingJobData(RequestedAt, at.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .StartAt(at < now ? now : at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        var scheduler = await factory.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(job.Build(), [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
        ShowcaseTelemetry.JobsScheduled.Add(1, new KeyValuePair<string, object?>("showcase.job.type", jobKey.Group));
    }

    public async Task<bool> CancelAsync(Type jobType, string key, CancellationToken cancellationToken)
    {
        var (jobKey, _) = Keys(jobType, key);
        var scheduler = await factory.GetScheduler(cancellationToken);
        return await scheduler.DeleteJob(jobKey, cancellationToken);
    }

    public async Task<DateTimeOffset?> GetScheduledTimeAsync<TJob>(string key, CancellationToken cancellationToken = default)
        where TJob : IScheduledJob
    {
        var (_, triggerKey) = Keys(typeof(TJob), key);
        var scheduler = await factory.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(triggerKey, cancellationToken);
        if (trigger is null || trigger.NextFireTimeUtc is null)
        {
            return null;
        }

        // The time the command asked for, which a past one was moved from.
        return trigger.JobDataMap.GetString(RequestedAt) is { } requested
            ? DateTimeOffset.Parse(requested, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind)
            : trigger.NextFireTimeUtc;
    }

    private static (JobKey Job, TriggerKey Trigger) Keys(Type jobType, string key)
    {
        var group = jobType.FullName ?? jobType.Name;
        return (new JobKey(key, group), new TriggerKey(key, group));
    }
}
