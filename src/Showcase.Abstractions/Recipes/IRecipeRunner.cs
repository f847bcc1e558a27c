namespace Showcase.Abstractions.Recipes;

/// <summary>
/// Runs a recipe document (RECIPES.md) from a module: every step read and checked first, then applied as one
/// command of the scope's unit of work. Called inside a command, it joins that command, so what the recipe
/// writes commits or rolls back with the caller's own changes (a demo site made from its template recipe).
/// </summary>
public interface IRecipeRunner
{
    /// <param name="utf8Json">The recipe as UTF-8 JSON.</param>
    /// <param name="actor">Who runs it, for the audit log.</param>
    /// <returns>one summary line per step.</returns>
    /// <exception cref="RecipeException">the recipe is invalid or a step failed; nothing of it was kept.</exception>
    Task<IReadOnlyList<string>> RunAsync(Stream utf8Json, string actor, CancellationToken cancellationToken = default);
}
