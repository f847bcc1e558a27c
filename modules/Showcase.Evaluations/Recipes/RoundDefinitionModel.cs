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
