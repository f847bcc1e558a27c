using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace Showcase.Abstractions.Themes;

/// <summary>
/// A layout's slots: the partials modules and themes fill (<c>_HeaderSearch</c>, <c>_OpenGraph</c>, a theme's footer),
/// found the way <c>&lt;partial&gt;</c> finds them (the active theme first, then the module) and written straight into
/// the page. <c>&lt;partial&gt;</c> renders each into a buffer of its own inside a tag helper and copies it; a layout
/// with six slots did that six times on every page.
/// <code>@{ await Html.RenderSlotAsync("_HeaderSearch", optional: true); }</code>
/// </summary>
public static class SlotRendering
{
    /// <summary>Renders the partial <paramref name="name"/> with the page's view data, and <paramref name="model"/> or the page's model.</summary>
    /// <param name="optional">When no module or theme provides the partial: nothing is written (otherwise it is an error).</param>
    public static async Task RenderSlotAsync(this IHtmlHelper html, string name, object? model = null, bool optional = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var context = html.ViewContext;
        var engine = context.HttpContext.RequestServices.GetRequiredService<ICompositeViewEngine>();
        var found = engine.FindView(context, name, isMainPage: false);
        if (!found.Success)
        {
            if (optional)
            {
                return;
            }

            throw new InvalidOperationException($"The partial '{name}' was not found; looked in: {string.Join(", ", found.SearchedLocations)}.");
        }

        var view = found.View;
        using (view as IDisposable)
        {
            var data = new ViewDataDictionary<object>(context.ViewData, model ?? context.ViewData.Model);
            await view.RenderAsync(new ViewContext(context, view, data, context.Writer));
        }
    }
}
