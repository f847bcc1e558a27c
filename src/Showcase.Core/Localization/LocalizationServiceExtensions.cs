using Microsoft.AspNetCore.Builder;

namespace Showcase.Core.Localization;

public static class LocalizationServiceExtensions
{
    /// <summary>zh-CN first, English beside it.</summary>
    public static WebApplicationBuilder AddShowcaseLocalization(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
