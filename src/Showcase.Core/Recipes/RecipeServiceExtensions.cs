using Microsoft.AspNetCore.Builder;

namespace Showcase.Core.Recipes;

public static class RecipeServiceExtensions
{
    /// <summary>The recipe runner, the core's users step, the recipe verb and the default recipe on first start.</summary>
    public static WebApplicationBuilder AddShowcaseRecipes(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
