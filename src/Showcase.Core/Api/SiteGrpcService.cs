using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Api;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Settings;
using Showcase.Api.V1;
using Showcase.Core.Data;
using Showcase.Core.Settings;

namespace Showcase.Core.Api;

/// <summary><c>showcase.v1.SiteService</c>: the site's name, its modules, and what the calling key may do.</summary>
internal sealed class SiteGrpcService(CoreDbContext db, ModuleCatalog catalog) : SiteService.SiteServiceBase
{
    [RequiresScope(ApiScopes.CatalogRead)]
    public override async Task<GetSiteInfoResponse> GetSiteInfo(GetSiteInfoRequest request, ServerCallContext context)
    {
        var settings = await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(context.CancellationToken) ?? new SiteSettings();
        var response = new GetSiteInfoResponse { DisplayName = settings.SiteName };
        foreach (var module in catalog.Modules.Where(m => !m.IsTheme))
        {
            response.Modules.Add(new Module
            {
                Id = module.Id,
                DisplayName = module.Name,
                Description = module.Description,
                Dependencies = { module.Dependencies },
            });
        }

        if (context.GetHttpContext().GetApiCaller() is { } caller)
        {
            response.GrantedScopes.Add(caller.Scopes.Order(StringComparer.Ordinal));
        }

        return response;
    }
}
