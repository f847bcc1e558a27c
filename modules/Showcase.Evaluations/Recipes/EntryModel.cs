using Showcase.Abstractions.Recipes;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Recipes;

internal sealed record EntryModel(RecipeObject Source, string Code, string Brand, bool Withdrawn);
