using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using Shouldly;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Jobs;

namespace Showcase.Web.Tests;

/// <summary>Which host ran a job: each test host registers its own.</summary>
public sealed record HostName(string Value);

/// <summary>A job that reports, per key, which host ran it and the message it was given.</summary>
public sealed class RecordingJob(HostName host) : IScheduledJob
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<string>> Runs = new();

    public static Task<string> RunOf(string key) => Runs.GetOrAdd(key, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public Task RunAsync(ScheduledJobContext context, CancellationToken cancellationToken)
    {
        Runs.GetOrAdd(context.Key, _ => new(TaskCreationOptions.RunContinuationsAsynchronously))
            .TrySetResult($"{host.Value}: {context.Get("message")}");
        return Task.CompletedTask;
    }
}

/// <summary>Jobs asked for through the unit of work, run by Quartz in the real host (in process), on a real SQLite file.</summary>
public sealed class JobsTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _dataDir = Directory.CreateTempSubdirectory("showcase-jobs-").FullName;

    [Fact]
    public async Task A_job_scheduled_for_the_near_future_runs_with_its_data()
    {
        await using var host = StartHost("first");
        var key = $"near/{Guid.NewGuid():N}";

        await ScheduleAsync(host, key, DateTimeOffset.UtcNow.AddSeconds(1), new Dictionary<string, string> { ["message"] = "publish brand 42" });

        (await RecordingJob.RunOf(key).WaitAsync(Patience)).ShouldBe("first: publish brand 42");
    }

    [Fact]
    public async Task A_job_scheduled_before_a_restart_fires_after_the_restart()
    {
        var key = $"restart/{Guid.NewGuid():N}";
        await using (var before = StartHost("before"))
        {
            await ScheduleAsync(before, key, DateTimeOffset.UtcNow.AddSeconds(6), new Dictionary<string, string> { ["message"] = "open round 2026" });
        }

        RecordingJob.RunOf(key).IsCompleted.ShouldBeFalse("the job ran before the restart; the test proves nothing");
        await using var after = StartHost("after");

        (await RecordingJob.RunOf(key).WaitAsync(Patience)).ShouldBe("after: open round 2026");
    }

    [Fact]
    public async Task The_scheduler_starts_after_the_hosts_first_response_and_then_runs_a_job_asked_for_before()
    {
        await using var host = StartHost("gated", new Dictionary<string, string> { ["Showcase:BackgroundStartDelay"] = "00:10:00" });
        var key = $"gated/{Guid.NewGuid():N}";

        await ScheduleAsync(host, key, DateTimeOffset.UtcNow, new Dictionary<string, string> { ["message"] = "due at once" });
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        scheduler.Status.ShouldBe(SchedulerStatus.Created, "the scheduler started before the host's first response");
        await Task.Delay(TimeSpan.FromSeconds(2));
        RecordingJob.RunOf(key).IsCompleted.ShouldBeFalse("a job ran before the host's first response");

        using var client = host.CreateClient();
        (await client.GetAsync("/healthz")).EnsureSuccessStatusCode();

        (await RecordingJob.RunOf(key).WaitAsync(Patience)).ShouldBe("gated: due at once");
        scheduler.Status.ShouldBe(SchedulerStatus.Running);
    }

    [Fact]
    public async Task Scheduling_a_key_again_moves_it_and_cancelling_removes_it()
    {
        await using var host = StartHost("first");
        var schedule = host.Services.GetRequiredService<IJobSchedule>();
        var key = $"moved/{Guid.NewGuid():N}";
        var later = new DateTimeOffset(2099, 1, 1, 8, 0, 0, TimeSpan.Zero);

        await ScheduleAsync(host, key, later.AddDays(-1));
        await ScheduleAsync(host, key, later);
        var moved = await schedule.GetScheduledTimeAsync<RecordingJob>(key);
        await InCommandAsync(host, unitOfWork => unitOfWork.Cancel<RecordingJob>(key));

        moved.ShouldBe(later);
        (await schedule.GetScheduledTimeAsync<RecordingJob>(key)).ShouldBeNull();
    }

    [Fact]
    public async Task A_command_that_fails_schedules_nothing()
    {
        await using var host = StartHost("first");
        var key = $"failed/{Guid.NewGuid():N}";

        await Should.ThrowAsync<InvalidOperationException>(() => InCommandAsync(host, unitOfWork =>
        {
            unitOfWork.Schedule<RecordingJob>(key, DateTimeOffset.UtcNow.AddSeconds(1), new Dictionary<string, string> { ["message"] = "never" });
            throw new InvalidOperationException("the command fails after asking for the job");
        }));

        (await host.Services.GetRequiredService<IJobSchedule>().GetScheduledTimeAsync<RecordingJob>(key)).ShouldBeNull();
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

            await ScheduleAsync(host, key, DateTimeOffset.UtcNow.AddSeconds(1), new Dictionary<string, string> { ["message"] = "close scoring" });

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

    private static Task ScheduleAsync(WebApplicationFactory<Program> host, string key, DateTimeOffset at, Dictionary<string, string>? data = null) =>
        InCommandAsync(host, unitOfWork => unitOfWork.Schedule<RecordingJob>(key, at, data));

    private static async Task InCommandAsync(WebApplicationFactory<Program> host, Action<IUnitOfWork> command)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.ExecuteAsync(_ =>
        {
            command(unitOfWork);
            return Task.CompletedTask;
        });
    }

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
