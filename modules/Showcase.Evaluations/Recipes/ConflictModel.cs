using Showcase.Abstractions.Recipes;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Recipes;

internal sealed record ConflictModel(RecipeObject Source, string Judge, string Entry, string Reason);
