using System.Reflection;

namespace Showcase.Abstractions.Localization;

/// <summary>
/// Names the resource class (e.g. <c>BrandsText</c>) that DataAnnotations of the models in
/// <see cref="Assembly"/> take their keys from: <c>[Display(Name = "Title")]</c>. A module registers
/// <c>services.AddSingleton(new TextResource(typeof(BrandsText)))</c> for its own assembly.
/// </summary>
public sealed record TextResource(Type ResourceType, Assembly Assembly)
{
    /// <summary>For the models of the resource class's own assembly.</summary>
    public TextResource(Type resourceType) : this(resourceType, resourceType.Assembly)
    {
    }
}
