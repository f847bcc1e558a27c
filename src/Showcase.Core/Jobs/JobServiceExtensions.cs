using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Jobs;
using Showcase.Core.Data;
using Showcase.Core.Hosting;

namespace Showcase.Core.Jobs;

public static class JobServiceExtensions
{
    /// <summary>The scheduler's name, shared by every node of a cluster (the <c>SCHED_NAME</c> column).</summary>
    public const string SchedulerName = "Showcase";

    /// <summary>Quartz with a persistent job store in the same database.</summary>
    /// <remarks>
    /// The store's tables come from <see cref="JobsDbContext"/>'s migrations; Quartz only checks them at start.
    /// On PostgreSQL the scheduler runs clustered, so each trigger fires on one node. The scheduler is made and
    /// started after the host's first response (<see cref="SchedulerStart"/>), and never for a CLI
    /// verb, which runs without starting the host; a verb may still schedule jobs, which wait in the database for
    /// the next start.
    /// </remarks>
    public static WebApplicationBuilder AddShowcaseJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleDbContext<JobsDbContext, SqliteJobsDbContext, PostgresJobsDbContext>();
        services.AddSingleton<QuartzJobScheduler>();
        services.AddSingleton<IJobSchedule>(sp => sp.GetRequiredService<QuartzJobScheduler>());

        // The provider decides the SQL dialect now; the connection string is read when the store first
        // connects, so a data folder set late (by a test host, say) is honoured.
        var provider = builder.Configuration.GetSection(ShowcaseOptions.Section).Get<ShowcaseOptions>()?.Database.Provider ?? DatabaseProvider.Sqlite;
        var postgres = provider == DatabaseProvider.Postgres;
        // builder.AddQuartz reads the Quartz configuration section first (thread pool size and the like);
        // what is set here wins over it.
        builder.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                // Instance id AUTO: every node of a cluster checks in and recovers its peers' firings under an id of its own.
                scheduler.GenerateInstanceId = postgres;
            });
            quartz.UsePersistentStore(store =>
            {
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = JobsDbContext.QuartzTablePrefix(postgres);
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                    // Name/value strings rather than serialized objects: readable, and a renamed class cannot break a stored job.
                    o.StoreJobDataAsStrings = true;
                });
                if (postgres)
                {
                    store.UsePostgres(source => source.DataSourceFactory = sp => NpgsqlDataSource.Create(ConnectionString(sp, ConnectionStrings.Postgres)));
                    // A node that stops checking in (killed, cut off) is written off after 5 + 10 s, and a live node
                    // takes over what it held: its triggers, and a recovery run of a job it was running.
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = TimeSpan.FromSeconds(5);
                        cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(10);
                    });
                    store.ConfigureStore(o =>
                    {
                        // A node blocked on the lock rows (jobs.qrtz_locks, seeded by our migrations) says so in its log
                        // instead of stalling in silence, and gives up after the command timeout and tries again.
                        o.LockWaitWarningThreshold = TimeSpan.FromSeconds(10);
                        o.CommandTimeout = TimeSpan.FromSeconds(30);
                    });
                }
                else
                {
                    store.UseSqlite(source => source.DataSourceFactory = sp => SqliteConnections.DataSource(ConnectionString(sp, ConnectionStrings.Sqlite)));
                }
            });
        });
        // Quartz's hosted service, registered as AddQuartzHostedService does (its options for every scheduler, the service)
        // but not as a hosted service of the host: SchedulerStart starts it after the first response.
        services.ConfigureAll<QuartzHostedServiceOptions>(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<QuartzHostedService>();
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService, SchedulerStart>();

        // Quartz narrates its start-up at Information (twenty lines). Make Warning its default level, as the
        // lowest-precedence configuration source, so that appsettings or the command line can still lower it.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = [new("Logging:LogLevel:Quartz", "Warning")] });
        return builder;
    }

    private static string ConnectionString(IServiceProvider services, Func<ShowcaseOptions, string> connectionString) =>
        connectionString(services.GetRequiredService<IOptions<ShowcaseOptions>>().Value);
}
