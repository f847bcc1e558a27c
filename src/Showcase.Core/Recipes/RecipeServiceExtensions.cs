using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Cli;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Recipes;
using Showcase.Core.Cli;
using Showcase.Core.Hosting;

namespace Showcase.Core.Recipes;

public static class RecipeServiceExtensions
{
    /// <summary>
    /// The recipe runner, the <c>recipe</c> verb and the default recipe on first start. Modules add their
    /// steps as <c>services.AddScoped&lt;IRecipeStep, MyStep&gt;()</c> in their Startup.
    /// </summary>
    public static WebApplicationBuilder AddShowcaseRecipes(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RecipeRunner>();
        builder.Services.AddScoped<IRecipeRunner>(sp => sp.GetRequiredService<RecipeRunner>());
        builder.Services.AddScoped<ICommandVerb, RecipeVerb>();
        builder.Services.AddScoped<IStartupTask, DefaultRecipeTask>();
        builder.Services.AddScoped<PreparedDemoData>();
        builder.Services.AddScoped<ICommandVerb, DemoDataVerb>();
        return builder;
    }
}
