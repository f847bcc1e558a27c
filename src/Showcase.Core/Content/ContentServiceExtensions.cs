using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Showcase.Abstractions.Content;
using Showcase.Core.Audit;

namespace Showcase.Core.Content;

public static class ContentServiceExtensions
{
    /// <summary>Content versioning and the audit log, both scoped to the caller's unit of work.</summary>
    public static WebApplicationBuilder AddShowcaseContent(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IContentVersioning, ContentVersioning>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<IAuditLog>(sp => sp.GetRequiredService<AuditLog>());
        builder.Services.AddSingleton<AuditText>();
        return builder;
    }
}
