using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Showcase.Abstractions.Jobs;

namespace Showcase.Core.Jobs;

/// <summary>The Quartz job behind every <see cref="IScheduledJob"/>: builds the module's job in Quartz's scope for this run and runs it.</summary>
[DisallowConcurrentExecution]
internal sealed class ScheduledJobRunner<TJob>(IServiceProvider services) : IJob where TJob : IScheduledJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var job = ActivatorUtilities.GetServiceOrCreateInstance<TJob>(services);
        var data = context.MergedJobDataMap.Keys.Where(k => k != QuartzJobScheduler.RequestedAt).ToDictionary(k => k, k => context.MergedJobDataMap.GetString(k) ?? "", StringComparer.Ordinal);
        var scheduledFor = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        await job.RunAsync(new ScheduledJobContext(context.JobDetail.Key.Name, data, scheduledFor), cancellationToken);
    }
}
