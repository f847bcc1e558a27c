using Microsoft.Extensions.DependencyInjection;

namespace Showcase.Abstractions.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Makes <typeparamref name="TItem"/> a content type: its store, and the core's workflow for it
    /// (<see cref="IContentWorkflow{TItem, TContent}"/>) with publish-later. The type's access rule is an
    /// <c>AuthorizationHandler&lt;ContentOperation, TItem&gt;</c> registered beside it.
    /// </summary>
    public static IServiceCollection AddContentType<TItem, TContent, TStore>(this IServiceCollection services)
        where TItem : ContentItem<TContent>
        where TContent : class, new()
        where TStore : class, IContentStore<TItem, TContent>
    {
        services.AddScoped<IContentStore<TItem, TContent>, TStore>();
        services.AddScoped<IContentPublishing>(sp => sp.GetRequiredService<IContentWorkflow<TItem, TContent>>());
        return services;
    }
}
