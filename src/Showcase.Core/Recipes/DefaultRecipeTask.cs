using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Hosting;

namespace Showcase.Core.Recipes;

/// <summary>
/// On the first start (a new database) with <c>Showcase:SeedDemoData</c>, applies <c>Recipes/default.recipe.json</c>, unless
/// the start copied the same data prepared at publish (<see cref="PreparedDemoData"/>).
/// </summary>
/// <remarks>
/// The runner is resolved only when the recipe runs: it brings every module's recipe steps and what they
/// need (a Markdown sanitiser, an image library), which a restart would otherwise build for nothing.
/// </remarks>
internal sealed class DefaultRecipeTask(IServiceProvider services, IOptions<ShowcaseOptions> options) : IStartupTask
{
    /// <summary>The default recipe's file, copied beside the application.</summary>
    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Recipes", "default.recipe.json");

    /// <summary>After the first administrator exists, so that the recipe's users join a complete identity setup.</summary>
    public int Order => 100;

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        if (!context.IsNewDatabase || !options.Value.SeedDemoData)
        {
            return;
        }

        if (context.DemoDataCopiedFrom is { } folder)
        {
            await context.Output.WriteLineAsync($"Demo data: the default recipe's data, prepared when the application was published, copied from {folder}.");
            return;
        }

        var runner = services.GetRequiredService<RecipeRunner>();
        var result = await runner.RunFileAsync(FilePath, "startup", cancellationToken);
        await context.Output.WriteLineAsync($"Demo data: recipe '{result.Name}' applied ({string.Join("; ", result.Steps.Select(s => $"{s.Step}: {s.Summary}"))}).");
    }
}
