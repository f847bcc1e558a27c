using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Showcase.Core.Localization;

/// <summary>
/// Names an assembly's resource class (e.g. <c>BrandsText</c>), so that DataAnnotations in that
/// assembly take their keys from it: <c>[Display(Name = "Title")]</c>. A module registers
/// <c>services.AddSingleton(new TextResource(typeof(BrandsText)))</c>.
/// </summary>
public sealed record TextResource(Type ResourceType);

/// <summary>Points each model type's DataAnnotations at its assembly's <see cref="TextResource"/>, or at its own resources otherwise.</summary>
internal sealed class DataAnnotationTexts(IEnumerable<TextResource> resources) : IPostConfigureOptions<MvcDataAnnotationsLocalizationOptions>
{
    public void PostConfigure(string? name, MvcDataAnnotationsLocalizationOptions options)
    {
        var byAssembly = new Dictionary<System.Reflection.Assembly, Type>();
        foreach (var resource in resources)
        {
            byAssembly.TryAdd(resource.ResourceType.Assembly, resource.ResourceType);
        }

        options.DataAnnotationLocalizerProvider = (type, factory) =>
            factory.Create(byAssembly.TryGetValue(type.Assembly, out var resource) ? resource : type);
    }
}
