using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Settings;

namespace Showcase.DemoSites.Services;

/// <summary>
/// The public demo-site pages as anonymous visitors see them, cached as whole responses per language and default
/// theme. Any change to a site or a
/// page evicts them (tag <see cref="Tag"/>); they also expire with the catalog's cache.
/// </summary>
public static class DemoSiteOutputCache
{
    public const string PolicyName = "PublicDemoSites";

    public const string Tag = "demosites";

    public static IServiceCollection AddDemoSiteOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(PolicyName, policy => policy
            .Expire(DemoSiteCatalogCache.Lifetime)
            .Tag(Tag)
            .SetVaryByQuery("programme", "kind", "district", "q")
            .VaryByValue(async (context, cancellationToken) =>
            {
                // The list and programme pages take the site's default theme; a demo site's own pages do not, but
                // varying them too costs one entry per theme at most.
                var settings = await context.RequestServices.GetRequiredService<ISiteSettings>().GetAsync(cancellationToken);
                return new KeyValuePair<string, string>("view", $"{CultureInfo.CurrentUICulture.Name}|{settings.DefaultTheme}");
            })));
}
