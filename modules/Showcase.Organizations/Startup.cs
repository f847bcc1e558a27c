using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Modules;
using Showcase.Core.Data;
using Showcase.Organizations.Data;

namespace Showcase.Organizations;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<OrganizationsDbContext, SqliteOrganizationsDbContext, PostgresOrganizationsDbContext>();
    }
}
