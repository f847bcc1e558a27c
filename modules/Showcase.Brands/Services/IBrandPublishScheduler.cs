namespace Showcase.Brands.Services;

/// <summary>Keeps "publish this brand at that time" until the time comes, across restarts.</summary>
public interface IBrandPublishScheduler
{
    Task ScheduleAsync(string code, DateTimeOffset publishAtUtc, CancellationToken cancellationToken);

    Task CancelAsync(string code, CancellationToken cancellationToken);
}
