using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Events;
using Showcase.Core.Audit;

namespace Showcase.Core.Content;

public static class ContentServiceExtensions
{
    /// <summary>Content versioning, the audit log and the domain event bus, all scoped to the caller's DbSession.</summary>
    public static WebApplicationBuilder AddShowcaseContent(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IContentVersioning, ContentVersioning>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<IAuditLog>(sp => sp.GetRequiredService<AuditLog>());
        builder.Services.AddScoped<IEventBus, EventBus>();
        return builder;
    }
}
