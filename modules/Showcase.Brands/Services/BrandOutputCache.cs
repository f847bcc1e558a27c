using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Settings;

namespace Showcase.Brands.Services;

/// <summary>
/// The public brand pages as anonymous visitors see them, cached as whole responses per language and
/// public theme. Publishing and unpublishing evict them (tag <see cref="Tag"/>); they also expire after a
/// minute, which bounds staleness across the nodes of a cluster and after a theme change.
/// </summary>
public static class BrandOutputCache
{
    public const string PolicyName = "PublicBrands";

    public const string Tag = "brands";

    public static IServiceCollection AddBrandOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(PolicyName, policy => policy
            .Expire(BrandCatalogCache.Lifetime)
            .Tag(Tag)
            .SetVaryByQuery("district", "tag", "page", "q")
            .VaryByValue(async (context, cancellationToken) =>
            {
                var settings = await context.RequestServices.GetRequiredService<ISiteSettings>().GetAsync(cancellationToken);
                return new KeyValuePair<string, string>("view", $"{CultureInfo.CurrentUICulture.Name}|{settings.DefaultTheme}");
            })));
}
