using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Showcase.Core.Themes;

/// <summary>
/// Finds the view components among the public types of the application parts' assemblies. MVC's own provider reads every
/// type they define, nested and compiler-generated ones included (closures, async state machines, the views' classes), and
/// loads each one for it, on the first page's way; a view component is public, so the public types are enough.
/// </summary>
internal sealed class PublicViewComponentsFeatureProvider : IApplicationFeatureProvider<ViewComponentFeature>
{
    public void PopulateFeature(IEnumerable<ApplicationPart> parts, ViewComponentFeature feature)
    {
        foreach (var assembly in parts.OfType<AssemblyPart>().Select(p => p.Assembly).Distinct())
        {
            foreach (var type in assembly.GetExportedTypes().Select(t => t.GetTypeInfo()))
            {
                if (ViewComponentConventions.IsComponent(type) && !feature.ViewComponents.Contains(type))
                {
                    feature.ViewComponents.Add(type);
                }
            }
        }
    }
}
