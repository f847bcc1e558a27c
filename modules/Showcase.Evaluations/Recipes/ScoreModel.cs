using Showcase.Abstractions.Recipes;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Recipes;

internal sealed record ScoreModel(RecipeObject Source, string Stage, string Judge, string Entry, IReadOnlyDictionary<string, decimal> Criteria, string Comment, bool Submitted);
