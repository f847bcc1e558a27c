using Showcase.Brands.Services;
using Showcase.Core.Jobs;

namespace Showcase.Brands.Jobs;

/// <summary>Keeps publish-later requests as one-off jobs of the core's scheduler, one per brand (a new time replaces the old).</summary>
public sealed class BrandPublishScheduler(IJobScheduler jobs) : IBrandPublishScheduler
{
    public Task ScheduleAsync(string code, DateTimeOffset publishAtUtc, CancellationToken cancellationToken) =>
        jobs.ScheduleAsync<PublishBrandJob>(Key(code), publishAtUtc, new Dictionary<string, string> { [PublishBrandJob.CodeKey] = code }, cancellationToken);

    public Task CancelAsync(string code, CancellationToken cancellationToken) =>
        jobs.CancelAsync<PublishBrandJob>(Key(code), cancellationToken);

    private static string Key(string code) => $"brand/{code}";
}
