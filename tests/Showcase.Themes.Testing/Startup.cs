using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Security;
using Showcase.Abstractions.Themes;

namespace Showcase.Themes.Testing;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IThemeSelector, TestingThemeSelector>();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(TestingTheme.SelectorPath + "/framed", () => Results.Content(FramedPage.Html, "text/html; charset=utf-8"))
            .WithMetadata(new AllowFramingAttribute());
}

/// <summary>Chooses the testing theme for its own routes, the way a demo site chooses its theme.</summary>
internal sealed class TestingThemeSelector : IThemeSelector
{
    public int Priority => 10;

    public ValueTask<string?> SelectThemeAsync(HttpContext context) =>
        ValueTask.FromResult(context.Request.Path.StartsWithSegments(TestingTheme.SelectorPath) ? TestingTheme.Id : null);
}
