namespace Showcase.Core.Recipes;

/// <summary>What a recipe run did, step by step.</summary>
public sealed record RecipeResult(string Name, string Description, IReadOnlyList<RecipeStepResult> Steps);

/// <param name="Path">The step's JSON path, e.g. <c>$.steps[0]</c>.</param>
/// <param name="Summary">The step's own one-line account of what it changed.</param>
public sealed record RecipeStepResult(string Path, string Step, string Summary);
