using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Showcase.Core.Api;
using Showcase.Core.Identity;
using Showcase.Core.Security;

namespace Showcase.Core.Hosting;

public static class ShowcasePipeline
{
    /// <summary>The property by which WebApplication knows that UseAuthentication was called (ASP.NET Core's own name).</summary>
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";

    /// <summary>The middleware every request goes through, in order.</summary>
    public static WebApplication UseShowcase(this WebApplication app)
    {
        var timeline = app.Services.GetService<StartupTimeline>();
        if (timeline is not null)
        {
            app.UseFirstRequestMark(timeline);
        }

        app.UseBackgroundStartGate();

        app.UseShowcaseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        // Until the partner API is mapped (after the first response), its calls are answered UNAVAILABLE with a retry delay.
        app.UseApiStarting();

        // A gRPC call (HTTP/2, application/grpc) skips the page middleware: it has no cookie, culture, static file,
        // status page, output cache or antiforgery token, and its key, scopes and rate are checked by the gRPC
        // interceptors. The page middleware used to cost a partner's call more than a third of its time.
        app.UseWhen(IsPage, page =>
        {
            // 403, 404 and the like are shown as a page in the theme of the address asked for.
            page.UseStatusCodePagesWithReExecute("/error/{0}");
            page.UseAddressLengthLimit();
            page.UseStaticFiles();
            page.UseRequestLocalization();
        });

        app.UseRouting();
        app.UseWhen(IsPage, page =>
        {
            page.UseAuthentication();

            // Right after we know who the user is: a temporary password is changed before anything else,
            // even before being told that a page is not theirs.
            page.UseMiddleware<ForcedPasswordChangeMiddleware>();
        });

        // UseAuthentication marks the builder it is called on, and WebApplication adds a second authentication in
        // front of everything unless its own builder carries the mark: a branch's mark does not reach it.
        ((IApplicationBuilder)app).Properties[AuthenticationMiddlewareSetKey] = true;

        app.UseAuthorization();
        app.UseWhen(IsPage, page =>
        {
            // Endpoints that name a rate-limiting policy (e.g. lodging an objection) are limited per client here.
            page.UseRateLimiter();

            // After authentication and localization: pages that opt in are cached per language for
            // anonymous visitors only (the default policy never caches a signed-in user's page).
            page.UseOutputCache();
            page.UseAntiforgery();
        });

        timeline?.Mark("middleware");
        return app;
    }

    private static bool IsPage(HttpContext context) => !GrpcCall.Is(context);

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

        // The pipeline ends in the endpoints itself (WebApplication would add this after it otherwise), so that it is whole
        // when built by itself: HomePageWarmUp runs a request through it before the host starts.
        app.UseEndpoints(static _ => { });
        app.Services.GetService<StartupTimeline>()?.Mark($"endpoints built ({count})");
        return app;
    }
}
