using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Recipes;

namespace Showcase.Core.Recipes;

/// <summary>
/// Runs a recipe (RECIPES.md): reads the whole file and checks every step first, then applies the
/// steps in order as one command of the scope's <see cref="IUnitOfWork"/>, across every module context of
/// the scope; the events and jobs the steps ask for are carried out after it commits. Any failure rolls
/// everything back; bad input is reported as a <see cref="RecipeException"/> with the JSON path of the
/// offending value.
/// </summary>
public sealed class RecipeRunner(
    IEnumerable<IRecipeStep> steps,
    IUnitOfWork unitOfWork,
    IAuditLog auditLog,
    ILogger<RecipeRunner> logger) : IRecipeRunner
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly Dictionary<string, IRecipeStep> _steps = IndexByName(steps);

    /// <summary>The step names this host knows, for messages and help.</summary>
    public IEnumerable<string> StepNames => _steps.Keys.Order(StringComparer.Ordinal);

    /// <exception cref="RecipeException">the recipe is invalid; nothing was changed.</exception>
    public async Task<RecipeResult> RunFileAsync(string path, string actor, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new RecipeException("$", $"no recipe file at {Path.GetFullPath(path)}");
        }

        await using var stream = File.OpenRead(path);
        return await RunAsync(stream, actor, cancellationToken);
    }

    /// <param name="utf8Json">The recipe as UTF-8 JSON (a byte order mark is allowed).</param>
    /// <param name="actor">Who runs it, for the audit log (<c>cli</c>, <c>startup</c>, a user name).</param>
    /// <exception cref="RecipeException">the recipe is invalid; nothing was changed.</exception>
    public async Task<RecipeResult> RunAsync(Stream utf8Json, string actor, CancellationToken cancellationToken = default)
    {
        using var document = await ParseAsync(utf8Json, cancellationToken);
        var recipe = RecipeObject.Read(document.RootElement, "$", root => new
        {
            Name = root.RequiredString("name", 200),
            Description = root.OptionalString("description") ?? "",
            Steps = root.RequiredElementArray("steps"),
        });

        var planned = recipe.Steps.Select((data, i) => Plan(data, $"$.steps[{i}]", recipe.Name)).ToList();

        var results = new List<RecipeStepResult>(planned.Count);
        var current = "$";
        try
        {
            await unitOfWork.ExecuteAsync(async ct =>
            {
                foreach (var (name, path, apply) in planned)
                {
                    current = path;
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    results.Add(new RecipeStepResult(path, name, await apply(ct)));
                    // Where a first start's demo data spends its time (the start-up timeline shows the recipe as one task).
                    logger.LogDebug("Recipe {Recipe}: step {Step} at {Path} took {Milliseconds:0} ms", recipe.Name, name, path, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }

                current = "$";
                await auditLog.WriteAsync(actor, "recipe.run", recipe.Name, string.Join("; ", results.Select(r => $"{r.Step}: {r.Summary}")), ct);
            }, cancellationToken);
        }
        catch (Exception e) when (e is not (RecipeException or OperationCanceledException))
        {
            // Not bad input but a failure while applying (a constraint, a lost connection): still
            // all or nothing, reported at the step it happened in; the details go to the log.
            logger.LogError(e, "Recipe {Recipe} failed at {Path}", recipe.Name, current);
            throw new RecipeException(current, $"failed: {e.GetBaseException().Message}");
        }

        logger.LogInformation("Recipe {Recipe} applied: {Steps} steps", recipe.Name, results.Count);
        return new RecipeResult(recipe.Name, recipe.Description, results);
    }

    async Task<IReadOnlyList<string>> IRecipeRunner.RunAsync(Stream utf8Json, string actor, CancellationToken cancellationToken) =>
        (await RunAsync(utf8Json, actor, cancellationToken)).Steps.Select(s => $"{s.Step}: {s.Summary}").ToList();

    private (string Name, string Path, Func<CancellationToken, Task<string>> Apply) Plan(JsonElement data, string path, string recipeName)
    {
        var name = RecipeObject.Read(data, path, s =>
        {
            var stepName = s.RequiredString(RecipeStepContext.StepProperty);
            s.IgnoreRest();
            return stepName;
        });
        if (!_steps.TryGetValue(name, out var step))
        {
            var known = _steps.Count == 0 ? "none" : string.Join(", ", StepNames);
            throw new RecipeException($"{path}.{RecipeStepContext.StepProperty}", $"unknown step '{name}'; known steps: {known}");
        }

        var context = new RecipeStepContext(data.Clone(), path, recipeName);
        if (step is IRecipeStepPlanner planner)
        {
            return (name, path, planner.Plan(context));
        }

        return (name, path, async cancellationToken =>
        {
            await step.ExecuteAsync(context, cancellationToken);
            return "done";
        });
    }

    private static async Task<JsonDocument> ParseAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Span.StartsWith(Utf8ByteOrderMark))
        {
            bytes = bytes[Utf8ByteOrderMark.Length..];
        }

        // The JSON reader checks UTF-8 only when a string is read; check it all now, so the message says where.
        if (!Utf8.IsValid(bytes.Span))
        {
            Utf8.ToUtf16(bytes.Span, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
            throw new RecipeException("$", $"not valid UTF-8 JSON: invalid byte at offset {valid}");
        }

        try
        {
            return JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : "";
            throw new RecipeException(e.Path ?? "$", $"not valid UTF-8 JSON{where}");
        }
    }

    private static Dictionary<string, IRecipeStep> IndexByName(IEnumerable<IRecipeStep> steps)
    {
        var index = new Dictionary<string, IRecipeStep>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (!index.TryAdd(step.Name, step))
            {
                throw new InvalidOperationException($"Recipe step '{step.Name}' is registered twice: by {index[step.Name].GetType().FullName} and {step.GetType().FullName}.");
            }
        }

        return index;
    }
}
