using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Cli;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Data;
using Showcase.Core.Hosting;
using Showcase.Core.Recipes;

namespace Showcase.Core.Cli;

/// <summary>
/// <c>demo-data prepare &lt;folder&gt;</c>: makes a first start's demo data in a new data folder (migrations, roles, the
/// default recipe, the search indexes) and writes it to a folder that first starts copy (<see cref="PreparedDemoData"/>).
/// A publish for a runtime runs it into <c>DemoData</c> beside the application.
/// </summary>
internal sealed class DemoDataVerb : ICommandVerb
{
    public string Name => "demo-data";

    public string Usage => "prepare <folder> — apply the default recipe to a new data folder (--data-dir) and write it where first starts copy it from";

    public async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments is not ["prepare", var target])
        {
            throw new VerbUsageException("demo-data takes 'prepare' and the folder to write to.");
        }

        var services = context.Services;
        var options = services.GetRequiredService<IOptions<ShowcaseOptions>>().Value;
        var prepared = services.GetRequiredService<PreparedDemoData>();
        target = Path.GetFullPath(target);
        var refusal = Refusal(options, prepared, target);
        if (refusal is not null)
        {
            await context.Error.WriteLineAsync($"demo-data: {refusal}; nothing was written.");
            return 1;
        }

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var startup = new StartupContext(IsNewDatabase: true, context.Output) { PreparingDemoData = true };
        await ShowcaseApplicationExtensions.RunStartupTasksAsync(services, startup, timeline: null, cancellationToken);

        // Nothing here signs anything, but should a step have made a key, no installation may share it.
        await services.GetRequiredService<CoreDbContext>().DataProtectionKeys.ExecuteDeleteAsync(cancellationToken);
        prepared.WriteTo(target);
        await context.Output.WriteLineAsync($"demo data prepared in {target}");
        return 0;
    }

    private static string? Refusal(ShowcaseOptions options, PreparedDemoData prepared, string target)
    {
        if (!options.SeedDemoData)
        {
            return "demo data is switched off (Showcase:SeedDemoData)";
        }

        if (options.Database.Provider != DatabaseProvider.Sqlite)
        {
            return "demo data is prepared on SQLite only";
        }

        var dataDir = Path.GetFullPath(options.DataDir);
        if (File.Exists(prepared.DatabasePath) || HoldsAnything(dataDir))
        {
            return $"the data folder {dataDir} is not new: give --data-dir an empty folder";
        }

        if (target == dataDir || target.StartsWith(dataDir + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "the folder to write to cannot be inside the data folder";
        }

        if (File.Exists(target) || HoldsAnything(target))
        {
            return $"{target} is not empty";
        }

        return null;
    }

    private static bool HoldsAnything(string folder) => Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any();
}
