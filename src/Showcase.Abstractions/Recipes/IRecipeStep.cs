using System.Text.Json;

namespace Showcase.Abstractions.Recipes;

/// <summary>
/// A recipe step contributed by a module (RECIPES.md). The host runs every step of a recipe in one
/// transaction; a step reports bad input by throwing <see cref="RecipeException"/> with the JSON path.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The value of <c>"step"</c> this handler takes, e.g. <c>organizations</c>.</summary>
    string Name { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}

/// <param name="Data">The step's JSON object (including the <c>step</c> property).</param>
/// <param name="Path">The JSON path of the step, e.g. <c>$.steps[2]</c>.</param>
public sealed record RecipeStepContext(JsonElement Data, string Path, string RecipeName)
{
    /// <summary>The property of a step's object that names the step.</summary>
    public const string StepProperty = "step";
}

/// <summary>Bad recipe input, with the JSON path of the offending value.</summary>
public sealed class RecipeException(string path, string message) : Exception($"{path}: {message}")
{
    public string Path { get; } = path;
    public string Reason { get; } = message;
}
