using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Showcase.Abstractions.Events;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Settings;
using Showcase.Abstractions.Themes;
using Showcase.Core.Sitemap;
using Showcase.Core.Localization;
using Showcase.Core.Settings;

namespace Showcase.Core.Themes;

public static class ThemeServiceExtensions
{
    /// <summary>MVC and Razor Pages with per-request theme selection and view lookup active theme, base theme, module.</summary>
    public static WebApplicationBuilder AddShowcaseThemes(this WebApplicationBuilder builder)
    {
        var catalog = builder.Services.Where(d => d.ServiceType == typeof(ModuleCatalog)).Select(d => d.ImplementationInstance).OfType<ModuleCatalog>().LastOrDefault()
            ?? throw new InvalidOperationException("AddShowcaseModules must run before AddShowcaseThemes.");

        // RCL files under /_content/{assembly}/: `dotnet run` (Development) reads the static web assets
        // manifest by itself; the built dll started in any other environment needs to be told. A
        // published app has no manifest (the files are in wwwroot) and this does nothing.
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        builder.Services.AddSingleton<ThemeCatalog>();
        builder.Services.AddSingleton<IThemeDirectory, ThemeDirectory>();
        builder.Services.AddSingleton<SiteSettingsStore>();
        builder.Services.AddSingleton<ISiteSettings>(sp => sp.GetRequiredService<SiteSettingsStore>());
        builder.Services.AddScoped<IDomainEventHandler<SiteSettingsChanged>, SiteSettingsChangedHandler>();
        builder.Services.AddScoped<INodeResync, SiteSettingsResync>();
        builder.Services.AddScoped<IAdminMenu, SettingsAdminMenu>();
        builder.Services.AddScoped<ThemeSelection>();
        builder.Services.AddScoped<AdminNavigation>();
        builder.Services.AddOptions<ThemeOptions>();

        var themeAssemblies = catalog.Themes.ToDictionary(t => t.Assembly, t => t.Id);
        builder.Services.AddRazorPages();
        PageLoadingOnFirstMatch.Use(builder.Services);
        // Modules name their cacheable pages with [OutputCache(PolicyName = ...)] and evict by tag on change.
        builder.Services.AddOutputCache();
        builder.Services
            .AddControllersWithViews(options =>
            {
                options.Filters.Add<ThemeSelectionFilter>();
                // Model binding asks every value provider on every bound request; nothing here posts jQuery's
                // bracketed names (a[b]=c), so those two are not asked.
                options.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
                options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            })
            .AddDataAnnotationsLocalization()
            .ConfigureApplicationPartManager(parts =>
            {
                // The catalog decides which assemblies serve pages: a disabled module serves none.
                parts.ApplicationParts.Clear();
                foreach (var assembly in new[] { typeof(ThemeServiceExtensions).Assembly }.Concat(catalog.Modules.Select(m => m.Assembly)).Distinct())
                {
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                    {
                        parts.ApplicationParts.Add(part);
                    }
                }

                parts.FeatureProviders.Add(new ThemeViewsFeatureProvider(themeAssemblies));

                // Showcase has no controllers, only pages and view components: MVC's providers for both read every type
                // the assemblies define (and load it) to find them, on the start's main thread and the first page's way.
                foreach (var provider in parts.FeatureProviders.Where(p => p is ControllerFeatureProvider or ViewComponentFeatureProvider).ToList())
                {
                    parts.FeatureProviders.Remove(provider);
                }

                parts.FeatureProviders.Add(new PublicViewComponentsFeatureProvider());
            });
        builder.Services.Configure<RazorViewEngineOptions>(options => options.ViewLocationExpanders.Add(new ThemeViewLocationExpander()));
        RazorViewActivation.Use(builder.Services);
        return builder;
    }

    /// <summary>Maps the Razor Pages of the modules and themes.</summary>
    public static WebApplication MapShowcasePages(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapCultureSwitch();
        app.MapShowcaseSitemap();
        app.MapRobots();
        app.MapFavicon();
        return app;
    }
}
