using Microsoft.AspNetCore.Mvc.Filters;

namespace Showcase.Core.Themes;

/// <summary>Chooses the theme before a page or controller action runs, for the view engine to use.</summary>
internal sealed class ThemeSelectionFilter(ThemeSelection selection) : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.GetActiveTheme() is null && await selection.SelectAsync(http) is { } theme)
        {
            http.Features.Set(theme);
        }

        await next();
    }
}
