using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Showcase.Abstractions.Content;
using Showcase.Core.Audit;

namespace Showcase.Core.Content;

public static class ContentServiceExtensions
{
    /// <summary>
    /// Content versioning, the audit log and the shared editorial workflow (each content type's
    /// <see cref="IContentWorkflow{TItem, TContent}"/>, publish-later, the text diff, the pages' refusal filter),
    /// all scoped to the caller's unit of work.
    /// </summary>
    public static WebApplicationBuilder AddShowcaseContent(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IContentVersioning, ContentVersioning>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<IAuditLog>(sp => sp.GetRequiredService<AuditLog>());
        builder.Services.AddSingleton<AuditText>();
        builder.Services.AddScoped(typeof(IContentWorkflow<,>), typeof(ContentWorkflow<,>));
        builder.Services.AddSingleton<ITextDiff, TextDiff>();
        builder.Services.AddLocalization();
        // Each content type's access rule is a resource handler; the workflow asks through the authorization service.
        builder.Services.AddAuthorizationCore();
        builder.Services.Configure<MvcOptions>(options => options.Filters.Add<ContentExceptionFilter>());
        return builder;
    }
}
