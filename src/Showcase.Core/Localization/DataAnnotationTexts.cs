using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Localization;

namespace Showcase.Core.Localization;

/// <summary>Points each model type's DataAnnotations at its assembly's <see cref="TextResource"/>, or at its own resources otherwise.</summary>
internal sealed class DataAnnotationTexts(IEnumerable<TextResource> resources) : IPostConfigureOptions<MvcDataAnnotationsLocalizationOptions>
{
    public void PostConfigure(string? name, MvcDataAnnotationsLocalizationOptions options)
    {
        var byAssembly = new Dictionary<System.Reflection.Assembly, Type>();
        foreach (var resource in resources)
        {
            byAssembly.TryAdd(resource.Assembly, resource.ResourceType);
        }

        options.DataAnnotationLocalizerProvider = (type, factory) =>
            factory.Create(byAssembly.TryGetValue(type.Assembly, out var resource) ? resource : type);
    }
}
