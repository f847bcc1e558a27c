using Showcase.Abstractions.Recipes;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Recipes;

internal sealed record DecisionModel(RecipeObject Source, string Band, IReadOnlyList<string> Order, string Reason);
