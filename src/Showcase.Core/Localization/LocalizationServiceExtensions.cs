using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Showcase.Abstractions.Localization;

namespace Showcase.Core.Localization;

public static class LocalizationServiceExtensions
{
    /// <summary>zh-CN first, English beside it.</summary>
    public static WebApplicationBuilder AddShowcaseLocalization(this WebApplicationBuilder builder)
    {
        // Resource classes sit beside their .resx files (SharedText.cs + SharedText.resx), so no ResourcesPath.
        builder.Services.AddLocalization();

        // Texts looked up once per process and culture, not once per view (see CachingStringLocalizerFactory).
        // IStringLocalizer<T> is then a thin singleton: it reads the culture of the request at each lookup.
        builder.Services.TryAddSingleton<ResourceManagerStringLocalizerFactory>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(sp => new CachingStringLocalizerFactory(sp.GetRequiredService<ResourceManagerStringLocalizerFactory>())));
        builder.Services.Replace(ServiceDescriptor.Singleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>)));

        // Chinese text goes out as characters, not as &#x...; entities (which triple the page size).
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton(new TextResource(typeof(SharedText), typeof(LocalizationServiceExtensions).Assembly));
        builder.Services.AddSingleton<IPostConfigureOptions<MvcDataAnnotationsLocalizationOptions>, DataAnnotationTexts>();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = ShowcaseCultures.Supported.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(ShowcaseCultures.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;

            // The choice is the visitor's (query string, then the cookie the switch link sets); the
            // browser's Accept-Language is not asked, so that the site speaks Chinese unless told otherwise.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider { CookieName = ShowcaseCultures.CookieName },
            ];
        });
        return builder;
    }
}
