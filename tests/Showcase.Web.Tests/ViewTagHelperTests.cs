using System.Reflection;
using Microsoft.AspNetCore.Mvc.Razor.TagHelpers;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.Extensions.DependencyModel;
using Shouldly;

namespace Showcase.Web.Tests;

/// <summary>
/// Razor adds three tag helpers to every view unless a <c>_ViewImports.cshtml</c> removes them. Head and body tag helpers
/// buffer a layout's whole <c>&lt;head&gt;</c> and <c>&lt;body&gt;</c> for tag helper components, which Showcase has
/// none of, and copy them again: a cost on every page. Read from the compiled views of the core, every module and theme.
/// </summary>
public sealed class ViewTagHelperTests
{
    private static readonly Type[] Unwanted = [typeof(HeadTagHelper), typeof(BodyTagHelper), typeof(UrlResolutionTagHelper)];

    public static TheoryData<string> Assemblies => [.. RazorAssemblies().Select(a => a.GetName().Name!)];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_compiled_view_uses_the_head_body_or_url_resolution_tag_helper(string name)
    {
        var assembly = RazorAssemblies().Single(a => a.GetName().Name == name);
        var views = assembly.GetCustomAttributes<RazorCompiledItemAttribute>().Select(a => a.Type).ToList();

        views.ShouldNotBeEmpty();
        var offenders = views
            .SelectMany(view => view.GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
                .Where(field => Unwanted.Contains(field.FieldType))
                .Select(field => $"{view.Name} uses {field.FieldType.Name}"))
            .ToList();
        offenders.ShouldBeEmpty("a _ViewImports.cshtml of this project lacks the three @removeTagHelper lines");
    }

    private static IEnumerable<Assembly> RazorAssemblies() =>
        DependencyContext.Default!.RuntimeLibraries
            .Where(l => l.Type == "project" && l.Name.StartsWith("Showcase.", StringComparison.Ordinal))
            .Select(l => Assembly.Load(new AssemblyName(l.Name)))
            .Where(a => a.GetCustomAttributes<RazorCompiledItemAttribute>().Any());
}
