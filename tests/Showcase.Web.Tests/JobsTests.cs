using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using Shouldly;
using Showcase.Core.Jobs;

namespace Showcase.Web.Tests;

/// <summary>Which host ran a job: each test host registers its own.</summary>
public sealed record HostName(string Value);

/// <summary>A job that reports, per key, which host ran it and the message it was given.</summary>
public sealed class RecordingJob(HostName host) : IJob
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<string>> Runs = new();

    public static Task<string> RunOf(string key) => Runs.GetOrAdd(key, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var key = context.JobDetail.Key.Name;
        Runs.GetOrAdd(key, _ => new(TaskCreationOptions.RunContinuationsAsynchronously))
            .TrySetResult($"{host.Value}: {context.MergedJobDataMap.GetString("message")}");
        return ValueTask.CompletedTask;
    }
}

/// <summary>Quartz through <see cref="IJobScheduler"/> in the real host (in process), on a real SQLite file.</summary>
public sealed class JobsTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _dataDir = Directory.CreateTempSubdirectory("showcase-jobs-").FullName;

    [Fact]
    public async Task A_job_scheduled_for_the_near_future_runs_with_its_data()
    {
        await using var host = StartHost("first");
        var key = $"near/{Guid.NewGuid():N}";

        await Scheduler(host).ScheduleAsync<RecordingJob>(key, DateTimeOffset.UtcNow.AddSeconds(1), new Dictionary<string, string> { ["message"] = "publish brand 42" });

        (await RecordingJob.RunOf(key).WaitAsync(Patience)).ShouldBe("first: publish brand 42");
    }

    [Fact]
    public async Task A_job_scheduled_before_a_restart_fires_after_the_restart()
    {
        var key = $"restart/{Guid.NewGuid():N}";
        await using (var before = StartHost("before"))
        {
            await Scheduler(before).ScheduleAsync<RecordingJob>(key, DateTimeOffset.UtcNow.AddSeconds(6), new Dictionary<string, string> { ["message"] = "open round 2026" });
        }

        RecordingJob.RunOf(key).IsCompleted.ShouldBeFalse("the job ran before the restart; the test proves nothing");
        await using var after = StartHost("after");

        (await RecordingJob.RunOf(key).WaitAsync(Patience)).ShouldBe("after: open round 2026");
    }

    [Fact]
    public async Task Scheduling_a_key_again_moves_it_and_cancelling_removes_it()
    {
        await using var host = StartHost("first");
        var scheduler = Scheduler(host);
        var key = $"moved/{Guid.NewGuid():N}";
        var later = new DateTimeOffset(2099, 1, 1, 8, 0, 0, TimeSpan.Zero);

        await scheduler.ScheduleAsync<RecordingJob>(key, later.AddDays(-1));
        await scheduler.ScheduleAsync<RecordingJob>(key, later);

        (await scheduler.GetScheduledTimeAsync<RecordingJob>(key)).ShouldBe(later);
        (await scheduler.CancelAsync<RecordingJob>(key)).ShouldBeTrue();
        (await scheduler.GetScheduledTimeAsync<RecordingJob>(key)).ShouldBeNull();
        (await scheduler.CancelAsync<RecordingJob>(key)).ShouldBeFalse();
    }

    [SkippableFact]
    public async Task On_postgres_a_scheduled_job_runs_on_the_clustered_scheduler()
    {
        var server = Environment.GetEnvironmentVariable("SHOWCASE_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(server), "SHOWCASE_TEST_POSTGRES is not set");
        var database = $"showcase_jobs_{Guid.NewGuid():N}";
        await using (var admin = NpgsqlDataSource.Create(server!))
        {
            await admin.CreateCommand($"CREATE DATABASE {database}").ExecuteNonQueryAsync();
        }

        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString;
            await using var host = StartHost("pg", new Dictionary<string, string>
            {
                ["Showcase:Database:Provider"] = "Postgres",
                ["Showcase:Database:ConnectionString"] = connectionString,
            });
            var key = $"pg/{Guid.NewGuid():N}";

            await Scheduler(host).ScheduleAsync<RecordingJob>(key, DateTimeOffset.UtcNow.AddSeconds(1), new Dictionary<string, string> { ["message"] = "close scoring" });

            (await RecordingJob.RunOf(key).WaitAsync(Patience)).ShouldBe("pg: close scoring");
        }
        finally
        {
            await using var admin = NpgsqlDataSource.Create(server!);
            await admin.CreateCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)").ExecuteNonQueryAsync();
        }
    }

    private WebApplicationFactory<Program> StartHost(string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Showcase:DataDir", _dataDir);
            builder.UseSetting("Showcase:SeedDemoData", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddSingleton(new HostName(name)));
        });
        _ = factory.Server; // start it: migrations, then the scheduler
        return factory;
    }

    private static IJobScheduler Scheduler(WebApplicationFactory<Program> host) => host.Services.GetRequiredService<IJobScheduler>();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
