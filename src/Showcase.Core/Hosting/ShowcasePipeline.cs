using Microsoft.AspNetCore.Builder;

namespace Showcase.Core.Hosting;

public static class ShowcasePipeline
{
    /// <summary>The middleware every request goes through, in order.</summary>
    public static WebApplication UseShowcase(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseRouting();
        return app;
    }
}
