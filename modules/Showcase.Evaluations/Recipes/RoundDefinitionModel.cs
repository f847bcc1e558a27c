using Showcase.Abstractions.Recipes;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Recipes;

/// <summary>One round of a <c>rounds</c> step, read and checked without the database.</summary>
internal sealed record RoundDefinitionModel(
    RecipeObject Source,
    RoundInput Input,
    RoundState State,
    IReadOnlyList<EntryModel> Entries,
    IReadOnlyList<ConflictModel> Conflicts,
    IReadOnlyList<ScoreModel> Scores,
    IReadOnlyList<DecisionModel> Decisions,
    RoundSchedule? Schedule);

internal sealed record EntryModel(RecipeObject Source, string Code, string Brand, bool Withdrawn);

internal sealed record ConflictModel(RecipeObject Source, string Judge, string Entry, string Reason);

internal sealed record ScoreModel(RecipeObject Source, string Stage, string Judge, string Entry, IReadOnlyDictionary<string, decimal> Criteria, string Comment, bool Submitted);

internal sealed record DecisionModel(RecipeObject Source, string Band, IReadOnlyList<string> Order, string Reason);
