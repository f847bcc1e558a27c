using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Events;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Recipes;
using Showcase.Abstractions.Security;
using Showcase.Abstractions.Sitemap;
using Showcase.Abstractions.Themes;
using Showcase.Brands.Models;
using Showcase.DemoSites.Data;
using Showcase.DemoSites.Handlers;
using Showcase.DemoSites.Models;
using Showcase.DemoSites.Recipes;
using Showcase.DemoSites.Search;
using Showcase.DemoSites.Services;

namespace Showcase.DemoSites;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<DemoSitesDbContext, SqliteDemoSitesDbContext, PostgresDemoSitesDbContext>();
        services.AddLocalization();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<IAdminMenu, AdminMenu>();

        services.AddContentType<SitePage, SitePageContent, SitePageStore>();
        services.AddScoped<SiteEditorsLookup>();
        services.AddScoped<SitePageAccessHandler>();
        services.AddScoped<IAuthorizationHandler>(sp => sp.GetRequiredService<SitePageAccessHandler>());
        services.AddScoped<SiteFieldsCheck>();
        services.AddScoped<DemoSiteEditor>();
        services.AddSingleton<SiteTemplates>();

        services.AddSingleton<DemoSiteCatalogCache>();
        services.AddScoped<DemoSiteCatalog>();
        services.AddScoped<IDemoSiteDirectory, DemoSiteDirectory>();
        services.AddSingleton<IThemeSelector, SiteThemeSelector>();
        services.AddScoped<ISitemapSource, DemoSiteSitemap>();
        services.AddDemoSiteOutputCache();
        services.AddScoped<DemoSiteCatalogInvalidator>();
        services.AddScoped<IDomainEventHandler<DemoSiteChanged>>(sp => sp.GetRequiredService<DemoSiteCatalogInvalidator>());
        services.AddScoped<IDomainEventHandler<SitePagePublished>>(sp => sp.GetRequiredService<DemoSiteCatalogInvalidator>());
        services.AddScoped<IDomainEventHandler<SitePageUnpublished>>(sp => sp.GetRequiredService<DemoSiteCatalogInvalidator>());
        services.AddScoped<IDomainEventHandler<BrandPublished>>(sp => sp.GetRequiredService<DemoSiteCatalogInvalidator>());
        services.AddScoped<IDomainEventHandler<BrandUnpublished>>(sp => sp.GetRequiredService<DemoSiteCatalogInvalidator>());

        services.AddSingleton<SitePageSearchIndex>();
        services.AddScoped<SitePageSearch>();
        services.AddScoped<SitePageSearchIndexer>();
        services.AddScoped<IDomainEventHandler<SitePagePublished>>(sp => sp.GetRequiredService<SitePageSearchIndexer>());
        services.AddScoped<IDomainEventHandler<SitePageUnpublished>>(sp => sp.GetRequiredService<SitePageSearchIndexer>());
        services.AddScoped<IDomainEventHandler<DemoSiteChanged>>(sp => sp.GetRequiredService<SitePageSearchIndexer>());
        services.AddScoped<IStartupTask, SitePageSearchStartupTask>();

        services.AddScoped<IRecipeStep, ProgrammesRecipeStep>();
    }
}
