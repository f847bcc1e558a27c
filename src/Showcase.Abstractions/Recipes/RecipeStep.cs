using Showcase.Abstractions.Recipes;

namespace Showcase.Abstractions.Recipes;

/// <summary>
/// The usual shape of a recipe step: <see cref="Read"/> turns the step's JSON into a checked model
/// without touching the database, and <see cref="ApplyAsync"/> writes it. The runner reads every step
/// of a recipe before the first one writes, so most bad input fails before anything is written;
/// what only the database can tell (a parent that should already exist) fails in
/// <see cref="ApplyAsync"/>, and the recipe's transaction undoes the steps before it.
/// </summary>
/// <typeparam name="TModel">What the step's JSON means, e.g. a list of units.</typeparam>
public abstract class RecipeStep<TModel> : IRecipeStep, IRecipeStepPlanner
{
    public abstract string Name { get; }

    /// <summary>Reads the step's object strictly (its <c>step</c> property is already accounted for) and checks what needs no database.</summary>
    protected abstract TModel Read(RecipeObject step);

    /// <summary>Applies the model inside the recipe's transaction. Idempotent: keyed by code, updates what changed.</summary>
    /// <returns>one line for the summary, e.g. <c>42 units: 40 added, 2 updated, 0 unchanged</c>.</returns>
    protected abstract Task<string> ApplyAsync(TModel model, RecipeStepContext context, CancellationToken cancellationToken);

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        ApplyAsync(context.Read(Read), context, cancellationToken);

    Func<CancellationToken, Task<string>> IRecipeStepPlanner.Plan(RecipeStepContext context)
    {
        var model = context.Read(Read);
        return cancellationToken => ApplyAsync(model, context, cancellationToken);
    }
}

/// <summary>A step that can be checked before the recipe writes anything; the runner prefers it to plain <see cref="IRecipeStep.ExecuteAsync"/>.</summary>
public interface IRecipeStepPlanner
{
    Func<CancellationToken, Task<string>> Plan(RecipeStepContext context);
}

public static class RecipeStepContextExtensions
{
    /// <summary>Reads the step's JSON object strictly with <paramref name="read"/> (see <see cref="RecipeObject"/>).</summary>
    public static T Read<T>(this RecipeStepContext context, Func<RecipeObject, T> read) =>
        RecipeObject.Read(context.Data, context.Path, [RecipeStepContext.StepProperty], read);
}
