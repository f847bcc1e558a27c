using Quartz;
using Showcase.Brands.Services;

namespace Showcase.Brands.Jobs;

/// <summary>Keeps publish-later requests as one-off Quartz triggers, one per brand (a new time replaces the old).</summary>
public sealed class QuartzBrandPublishScheduler(ISchedulerFactory schedulers) : IBrandPublishScheduler
{
    private const string Group = "brands.publish";

    public async Task ScheduleAsync(string code, DateTimeOffset publishAtUtc, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<PublishBrandJob>()
            .WithIdentity(code, Group)
            .UsingJobData(PublishBrandJob.CodeKey, code)
            .StoreDurably(false)
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(code, Group)
            .ForJob(job)
            .StartAt(publishAtUtc)
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public async Task CancelAsync(string code, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(new JobKey(code, Group), cancellationToken);
    }
}
