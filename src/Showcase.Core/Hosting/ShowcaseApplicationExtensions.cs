using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Cli;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Cli;
using Showcase.Core.Data;
using Showcase.Core.Recipes;

namespace Showcase.Core.Hosting;

public static class ShowcaseApplicationExtensions
{
    /// <summary>Migrates the database, then runs the startup tasks (first administrator, default recipe, ...).</summary>
    public static async Task PrepareShowcaseAsync(this WebApplication app, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        var timeline = app.Services.GetService<StartupTimeline>();
        timeline?.Mark("host built (configuration, services, DI container)");
        timeline?.BeginLane("database");
        timeline?.AttachLogger(app.Services.GetRequiredService<ILogger<StartupTimeline>>());
        await using var scope = app.Services.CreateAsyncScope();
        var copiedFrom = scope.ServiceProvider.GetRequiredService<PreparedDemoData>().CopyIntoNewDataFolder();
        if (copiedFrom is not null)
        {
            timeline?.Mark("prepared demo data copied");
        }

        var isNew = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var context = new StartupContext(isNew || copiedFrom is not null, output ?? Console.Out) { DemoDataCopiedFrom = copiedFrom };
        await RunStartupTasksAsync(scope.ServiceProvider, context, timeline, cancellationToken);
    }

    /// <summary>Runs every module's startup tasks in their order, in the caller's scope.</summary>
    internal static async Task RunStartupTasksAsync(IServiceProvider services, StartupContext context, StartupTimeline? timeline, CancellationToken cancellationToken)
    {
        foreach (var task in services.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            timeline?.Begin("startup tasks resolved");
            await task.RunAsync(context, cancellationToken);
            timeline?.Mark($"startup task {task.GetType().Name}");
        }
    }

    /// <summary>Runs one command-line verb instead of serving, and returns its exit code.</summary>
    public static async Task<int> RunVerbAsync(this WebApplication app, CommandLine commandLine, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var verbs = scope.ServiceProvider.GetServices<ICommandVerb>().ToList();
        var verb = verbs.FirstOrDefault(v => v.Name == commandLine.Verb);
        if (verb is null)
        {
            await error.WriteLineAsync($"Unknown verb '{commandLine.Verb}'. Verbs:");
            foreach (var known in verbs.OrderBy(v => v.Name, StringComparer.Ordinal))
            {
                await error.WriteLineAsync($"  {known.Name} {known.Usage}");
            }

            return 2;
        }

        try
        {
            return await verb.RunAsync(new VerbContext(commandLine.VerbArguments, scope.ServiceProvider, output, error), cancellationToken);
        }
        catch (VerbUsageException e)
        {
            await error.WriteLineAsync($"{verb.Name}: {e.Message}");
            await error.WriteLineAsync($"usage: {verb.Name} {verb.Usage}");
            return 2;
        }
    }
}
