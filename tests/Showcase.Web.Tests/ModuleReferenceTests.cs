using System.Reflection;
using System.Reflection.Emit;
using Microsoft.Extensions.DependencyModel;
using Shouldly;
using Showcase.Abstractions.Modules;

namespace Showcase.Web.Tests;

/// <summary>
/// The house rule of ARCHITECTURE.md, read from the built assemblies: a module references Showcase.Abstractions
/// and the modules its manifest names, never Showcase.Core; a theme may also reference the modules whose views
/// it overrides.
/// </summary>
public sealed class ModuleReferenceTests
{
    /// <summary>Libraries a module may use that are neither the host nor a module: pure code without I/O.</summary>
    private static readonly string[] Libraries = ["Showcase.Abstractions", "Showcase.Scoring"];

    /// <summary>Every module and theme this test project is built with (the host's, and the test themes).</summary>
    private static readonly ModuleCatalog Catalog = ModuleCatalog.Build(
        DependencyContext.Default!.RuntimeLibraries
            .Where(l => l.Type == "project" && l.Name.StartsWith("Showcase.", StringComparison.Ordinal))
            .Select(l => Assembly.Load(new AssemblyName(l.Name))));

    public static TheoryData<string> Modules => [.. Catalog.Modules.Select(m => m.Id)];

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_or_theme_never_references_the_core(string id)
    {
        var module = Catalog.Modules.Single(m => m.Id == id);

        ShowcaseReferences(module).ShouldNotContain("Showcase.Core");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_references_only_the_abstractions_and_the_modules_its_manifest_names(string id)
    {
        var module = Catalog.Modules.Single(m => m.Id == id);
        var modules = Catalog.Modules.Select(m => m.Assembly.GetName().Name!).ToHashSet(StringComparer.Ordinal);
        var allowed = module.IsTheme
            ? [.. Libraries, .. modules]
            : Libraries.Concat(module.Dependencies.Select(d => Catalog.Modules.Single(m => m.Id == d).Assembly.GetName().Name!)).ToList();

        ShowcaseReferences(module).Where(name => !allowed.Contains(name)).ShouldBeEmpty();
    }

    [Fact]
    public void The_host_finds_the_modules_and_themes_it_is_built_with()
    {
        Catalog.Modules.Select(m => m.Id).ShouldContain("Showcase.Brands");
        Catalog.Modules.Where(m => m.IsTheme).Select(m => m.Id).ShouldContain("Showcase.Themes.Admin");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_startup_class_of_a_module_or_theme_is_the_one_its_manifest_names(string id)
    {
        // The host reads a module's startup from its manifest rather than loading every type of every assembly.
        var module = Catalog.Modules.Single(m => m.Id == id);
        var startups = module.Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && typeof(ModuleStartup).IsAssignableFrom(t)).ToList();

        startups.ShouldBe(module.StartupType is null ? [] : [module.StartupType]);
    }

    [Fact]
    public void A_manifest_naming_a_startup_that_is_not_one_is_refused_with_the_module_named()
    {
        // A module assembly made here, whose manifest names a class that is no ModuleStartup.
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Showcase.Tests.BadManifest"), AssemblyBuilderAccess.RunAndCollect);
        assembly.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(ModuleAttribute).GetConstructor([typeof(string)])!,
            ["Showcase.Tests.BadManifest"],
            [typeof(ModuleAttribute).GetProperty(nameof(ModuleAttribute.Startup))!],
            [typeof(ModuleReferenceTests)]));

        var error = Should.Throw<ModuleCatalogException>(() => ModuleDescriptor.FromAssembly(assembly));

        error.Message.ShouldContain("'Showcase.Tests.BadManifest'");
        error.Message.ShouldContain(typeof(ModuleReferenceTests).FullName!);
    }

    private static List<string> ShowcaseReferences(ModuleDescriptor module) =>
        [.. module.Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Showcase.", StringComparison.Ordinal))];
}
