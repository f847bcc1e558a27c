using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Showcase.Abstractions.Cli;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Events;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Recipes;
using Showcase.Abstractions.Security;
using Showcase.Abstractions.Sitemap;
using Showcase.Brands.Data;
using Showcase.Brands.Handlers;
using Showcase.Brands.Media;
using Showcase.Brands.Models;
using Showcase.Brands.Recipes;
using Showcase.Brands.Search;
using Showcase.Brands.Services;
using Showcase.Organizations.Models;

namespace Showcase.Brands;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<BrandsDbContext, SqliteBrandsDbContext, PostgresBrandsDbContext>();
        services.AddOptions<BrandsOptions>().BindConfiguration(BrandsOptions.Section);
        services.AddMemoryCache();
        // TryAdd inside: the host's localization settings stand; a bare test host still gets localizers.
        services.AddLocalization();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<IAdminMenu, AdminMenu>();

        services.AddScoped<IDashboardWidget, ReviewQueue>();

        services.AddScoped<ICommunityDirectory, CommunityDirectory>();
        services.AddSingleton<BrandMarkdown>();
        services.AddContentType<Brand, BrandContent, BrandStore>();
        services.AddSingleton<IAuthorizationHandler, BrandAccessHandler>();
        services.AddScoped<BrandEditor>();
        services.AddScoped<BrandCatalog>();
        services.AddScoped<ISitemapSource, BrandSitemap>();
        services.AddSingleton<BrandCatalogCache>();
        services.AddBrandOutputCache();
        services.AddScoped<BrandCatalogInvalidator>();
        services.AddScoped<IDomainEventHandler<BrandPublished>>(sp => sp.GetRequiredService<BrandCatalogInvalidator>());
        services.AddScoped<IDomainEventHandler<BrandUnpublished>>(sp => sp.GetRequiredService<BrandCatalogInvalidator>());
        services.AddScoped<IDomainEventHandler<BrandPlacesChanged>>(sp => sp.GetRequiredService<BrandCatalogInvalidator>());
        services.AddScoped<INodeResync, BrandCachesResync>();
        services.AddScoped<BrandMediaStore>();

        services.AddSingleton<BrandSearchIndex>();
        services.AddScoped<BrandSearchIndexer>();
        services.AddScoped<IDomainEventHandler<BrandPublished>>(sp => sp.GetRequiredService<BrandSearchIndexer>());
        services.AddScoped<IDomainEventHandler<BrandUnpublished>>(sp => sp.GetRequiredService<BrandSearchIndexer>());
        services.AddScoped<IDomainEventHandler<BrandPlacesChanged>>(sp => sp.GetRequiredService<BrandSearchIndexer>());
        services.AddScoped<INodeResync, BrandSearchResync>();
        services.AddScoped<IStartupTask, SearchIndexStartupTask>();
        services.AddScoped<ICommandVerb, SearchVerb>();

        services.AddScoped<IDomainEventHandler<OrganizationUnitsChanged>, CommunityDirectoryInvalidator>();
        services.AddScoped<IDomainEventHandler<OrganizationUnitsChanged>, OrganizationUnitsChangedHandler>();

        services.AddScoped<IRecipeStep, BrandsRecipeStep>();
    }

    /// <summary>The home page's featured brands and counts per district (the district names are Organizations').</summary>
    public override void WarmUpQueries(QueryWarmUp warmUp)
    {
        using var db = warmUp.Context<BrandsDbContext, SqliteBrandsDbContext>(o => new SqliteBrandsDbContext(o));
        _ = BrandCatalog.FeaturedRowsAsync(db, 6, CancellationToken.None).GetAwaiter().GetResult();
        _ = BrandCatalog.CountsByDistrictAsync(db, CancellationToken.None).GetAwaiter().GetResult();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBrandMedia();
    }
}
