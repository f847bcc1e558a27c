using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Recipes;
using Showcase.Abstractions.Security;
using Showcase.Organizations.Data;
using Showcase.Organizations.Recipes;
using Showcase.Organizations.Services;

namespace Showcase.Organizations;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<OrganizationsDbContext, SqliteOrganizationsDbContext, PostgresOrganizationsDbContext>();
        services.AddScoped<IOrganizationDirectory, OrganizationDirectory>();
        services.AddScoped<Showcase.Abstractions.Organizations.IOrganizationUnitChoices, OrganizationUnitChoices>();
        services.AddScoped<OrganizationEditor>();
        services.AddScoped<IRecipeStep, OrganizationsStep>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddTransient<IAdminMenu, AdminMenu>();
    }

    /// <summary>The organisation tree's query, which the home page's district names need.</summary>
    public override void WarmUpQueries(QueryWarmUp warmUp)
    {
        using var db = warmUp.Context<OrganizationsDbContext, SqliteOrganizationsDbContext>(o => new SqliteOrganizationsDbContext(o));
        _ = OrganizationDirectory.UnitsAsync(db, CancellationToken.None).GetAwaiter().GetResult();
    }
}
