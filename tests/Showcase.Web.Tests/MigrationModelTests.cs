using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyModel;
using Shouldly;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Data;
using Showcase.Core.Hosting;

namespace Showcase.Web.Tests;

/// <summary>
/// Every module DbContext (found by reflection over the application's project assemblies, so a new
/// module is covered without touching this test) has migrations matching its model, for both providers.
/// The host's Migrate does not make this comparison (it costs a first start about half a second), so this is the check.
/// </summary>
public sealed class MigrationModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void No_module_context_has_model_changes_without_a_migration(DatabaseProvider provider)
    {
        var contexts = ProviderContexts(provider).ToList();
        contexts.Select(c => c.Naming.Name).ShouldContain("OrganizationsDbContext");

        var behind = new List<string>();
        foreach (var (type, naming) in contexts)
        {
            using var context = DesignTimeContext(type, naming, provider);
            if (context.Database.HasPendingModelChanges())
            {
                behind.Add(type.Name);
            }
        }

        behind.ShouldBeEmpty($"these {provider} contexts changed without a migration; add one with tools/add-migration.sh");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void The_start_finds_the_same_migrations_of_every_context_as_ef_core(DatabaseProvider provider)
    {
        var contexts = ProviderContexts(provider).ToList();
        contexts.ShouldNotBeEmpty();
        foreach (var (type, naming) in contexts)
        {
            using var context = DesignTimeContext(type, naming, provider);
            var known = MigrationHistory.Known(type);
            known.ShouldNotBeEmpty(type.Name);
            known.ShouldBe(context.Database.GetMigrations().ToList(), type.Name);
        }
    }

    /// <summary>
    /// The per-provider module contexts in every project assembly the application is built from, found
    /// by reflection so that the check does not need a host that starts.
    /// The provider is the class name's prefix, as tools/add-migration.sh names them.
    /// </summary>
    internal static IEnumerable<(Type Type, Type Naming)> ProviderContexts(DatabaseProvider provider) =>
        DependencyContext.Default!.RuntimeLibraries
            .Where(l => l.Type == "project")
            .Select(l => Assembly.Load(new AssemblyName(l.Name)))
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(DbContext).IsAssignableFrom(t) && typeof(IModuleDbContext).IsAssignableFrom(t))
            .Where(t => t.Name.StartsWith(provider.ToString(), StringComparison.Ordinal))
            .Select(t => (t, NamingType(t)));

    /// <summary>The base class that declares the module's table prefix and schema (e.g. OrganizationsDbContext).</summary>
    private static Type NamingType(Type context)
    {
        var naming = context;
        while (naming.BaseType is { } parent && typeof(IModuleDbContext).IsAssignableFrom(parent))
        {
            naming = parent;
        }

        return naming;
    }

    /// <summary>A context built as the design-time factories build it: no server needed.</summary>
    internal static DbContext DesignTimeContext(Type type, Type naming, DatabaseProvider provider)
    {
        var options = typeof(ModuleDbContextServiceCollectionExtensions)
            .GetMethod(nameof(ModuleDbContextServiceCollectionExtensions.DesignTimeOptions), BindingFlags.Public | BindingFlags.Static)!
            .MakeGenericMethod(type, naming)
            .Invoke(null, [provider, null])!;
        return (DbContext)Activator.CreateInstance(type, options)!;
    }
}
