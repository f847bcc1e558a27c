using System.Reflection;
using System.Reflection.Emit;
using Microsoft.AspNetCore.Builder;
using Shouldly;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Themes;
using Showcase.Core.Hosting;

namespace Showcase.Core.Tests;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void Modules_are_ordered_after_their_dependencies()
    {
        var catalog = ModuleCatalog.Build([
            TestModule("Zeta", "Alpha", "Mid"),
            TestModule("Mid", "Alpha"),
            TestModule("Alpha"),
        ]);

        catalog.Modules.Select(m => m.Id).ShouldBe(["Alpha", "Mid", "Zeta"]);
    }

    [Fact]
    public void A_missing_dependency_names_both_modules()
    {
        var e = Should.Throw<ModuleCatalogException>(() => ModuleCatalog.Build([TestModule("Brands", "Organizations")]));

        e.Message.ShouldBe("Module 'Brands' depends on 'Organizations', which is not installed.");
    }

    [Fact]
    public void A_disabled_dependency_is_reported_as_disabled()
    {
        var e = Should.Throw<ModuleCatalogException>(() => ModuleCatalog.Build(
            [TestModule("Brands", "Organizations"), TestModule("Organizations")], disabled: ["Organizations"]));

        e.Message.ShouldContain("'Brands' depends on 'Organizations', which is disabled");
    }

    [Fact]
    public void A_disabled_module_without_dependents_is_left_out()
    {
        var catalog = ModuleCatalog.Build([TestModule("A"), TestModule("B")], disabled: ["B"]);

        catalog.Modules.Select(m => m.Id).ShouldBe(["A"]);
        catalog.IsEnabled("B").ShouldBeFalse();
    }

    [Fact]
    public void A_dependency_cycle_is_refused_with_the_cycle_spelled_out()
    {
        var e = Should.Throw<ModuleCatalogException>(() => ModuleCatalog.Build([
            TestModule("A", "B"), TestModule("B", "C"), TestModule("C", "A"),
        ]));

        e.Message.ShouldBe("Module dependencies form a cycle: A -> B -> C -> A.");
    }

    [Fact]
    public void A_theme_depends_on_its_base_theme()
    {
        var catalog = ModuleCatalog.Build([TestTheme("Ink", baseTheme: "Red"), TestTheme("Red")]);

        catalog.Modules.Select(m => m.Id).ShouldBe(["Red", "Ink"]);
        catalog.Themes.Single(t => t.Id == "Ink").Theme!.BaseTheme.ShouldBe("Red");
    }

    [Fact]
    public void Host_start_up_fails_when_a_module_dependency_is_missing()
    {
        var builder = WebApplication.CreateBuilder();

        var e = Should.Throw<ModuleCatalogException>(() => builder.AddShowcaseModules(TestModule("Showcase.Tests.Orphan", "Showcase.Missing")));

        e.Message.ShouldBe("Module 'Showcase.Tests.Orphan' depends on 'Showcase.Missing', which is not installed.");
    }

    /// <summary>A dynamic assembly carrying only a module manifest: a module as the host sees it.</summary>
    private static AssemblyBuilder TestModule(string id, params string[] dependencies)
    {
        var attribute = new CustomAttributeBuilder(
            typeof(ModuleAttribute).GetConstructor([typeof(string)])!,
            [id],
            [typeof(ModuleAttribute).GetProperty(nameof(ModuleAttribute.Dependencies))!],
            [dependencies]);
        return AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("TestModule." + id), AssemblyBuilderAccess.Run, [attribute]);
    }

    private static AssemblyBuilder TestTheme(string id, string? baseTheme = null)
    {
        var properties = baseTheme is null ? Array.Empty<PropertyInfo>() : [typeof(ThemeAttribute).GetProperty(nameof(ThemeAttribute.BaseTheme))!];
        object[] values = baseTheme is null ? [] : [baseTheme];
        var attribute = new CustomAttributeBuilder(typeof(ThemeAttribute).GetConstructor([typeof(string)])!, [id], properties, values);
        return AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("TestTheme." + id), AssemblyBuilderAccess.Run, [attribute]);
    }
}
