using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Cli;
using Showcase.Abstractions.Recipes;
using Showcase.Core.Data;
using Showcase.Core.Recipes;

namespace Showcase.Core.Cli;

/// <summary><c>recipe &lt;file&gt;</c>: migrates, applies a recipe all or nothing, prints what each step did.</summary>
internal sealed class RecipeVerb : ICommandVerb
{
    public string Name => "recipe";

    public string Usage => "<file> — apply a recipe (all or nothing) and exit";

    public async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Count != 1)
        {
            throw new VerbUsageException("recipe takes one argument: the recipe file.");
        }

        var file = context.Arguments[0];
        await context.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        try
        {
            var result = await context.Services.GetRequiredService<RecipeRunner>().RunFileAsync(file, "cli", cancellationToken);
            await context.Output.WriteLineAsync($"recipe '{result.Name}' applied ({result.Steps.Count} steps)");
            foreach (var step in result.Steps)
            {
                await context.Output.WriteLineAsync($"  {step.Path} {step.Step}: {step.Summary}");
            }

            return 0;
        }
        catch (RecipeException e)
        {
            await context.Error.WriteLineAsync($"{file}: {e.Message}");
            await context.Error.WriteLineAsync("nothing was changed.");
            return 1;
        }
    }
}
