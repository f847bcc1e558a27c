using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Showcase.Core.Identity;
using Showcase.Core.Security;

namespace Showcase.Core.Hosting;

public static class ShowcasePipeline
{
    /// <summary>The middleware every request goes through, in order.</summary>
    public static WebApplication UseShowcase(this WebApplication app)
    {
        var timeline = app.Services.GetService<StartupTimeline>();
        if (timeline is not null)
        {
            app.UseFirstRequestMark(timeline);
        }

        app.UseShowcaseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        // 403, 404 and the like are shown as a page in the theme of the address asked for.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseAddressLengthLimit();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();

        // Right after we know who the user is: a temporary password is changed before anything else,
        // even before being told that a page is not theirs.
        app.UseMiddleware<ForcedPasswordChangeMiddleware>();
        app.UseAuthorization();

        // Endpoints that name a rate-limiting policy (e.g. lodging an objection) are limited per client here.
        app.UseRateLimiter();

        // After authentication and localization: pages that opt in are cached per language for
        // anonymous visitors only (the default policy never caches a signed-in user's page).
        app.UseOutputCache();
        app.UseAntiforgery();
        timeline?.Mark("middleware");
        return app;
    }

    /// <summary>
    /// Builds every endpoint data source's endpoints now (the Razor Pages and controllers of every module and theme are
    /// discovered then), rather than when the first request is routed. Call it after everything is mapped.
    /// </summary>
    public static WebApplication BuildShowcaseEndpoints(this WebApplication app)
    {
        var count = 0;
        foreach (var source in ((IEndpointRouteBuilder)app).DataSources)
        {
            count += source.Endpoints.Count;
        }

        app.Services.GetService<StartupTimeline>()?.Mark($"endpoints built ({count})");
        return app;
    }
}
