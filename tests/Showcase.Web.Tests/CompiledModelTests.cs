using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Shouldly;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;

namespace Showcase.Web.Tests;

/// <summary>
/// The compiled models the host uses instead of building models from code (tools/compiled-models.sh) are the models
/// the code builds: a model changed without regenerating its compiled model fails here, on both providers.
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Every_compiled_model_is_the_model_built_from_code(DatabaseProvider provider)
    {
        var compiled = new List<string>();
        var stale = new List<string>();
        foreach (var (type, naming) in MigrationModelTests.ProviderContexts(provider))
        {
            if (ModuleDbContextServiceCollectionExtensions.CompiledModel(type, provider) is not { } model)
            {
                continue;
            }

            compiled.Add(type.Name);
            using var context = MigrationModelTests.DesignTimeContext(type, naming, provider);
            var fromCode = context.Model.ToDebugString(MetadataDebugStringOptions.LongDefault);
            // As a context using it would: a compiled model no context has used yet has no runtime dependencies, and
            // its debug view of a value-converted property throws (which made this test depend on the tests before it).
            var initialized = context.GetService<IModelRuntimeInitializer>().Initialize(model, designTime: false);
            if (fromCode != WithoutComplexTypeMappingAnnotations(initialized.ToDebugString(MetadataDebugStringOptions.LongDefault)))
            {
                stale.Add(type.Name);
            }
        }

        string[] every = ["Brands", "Core", "DemoSites", "Evaluations", "Jobs", "Leaderboards", "Organizations"];
        compiled.Order(StringComparer.Ordinal).ShouldBe(every.Select(name => $"{provider}{name}DbContext"), "every context of the host starts on a compiled model");
        stale.ShouldBeEmpty($"these {provider} compiled models differ from their models built from code; run tools/compiled-models.sh");
    }

    /// <summary>
    /// A compiled model writes down, for each complex type (Brands' content), the table mapping it shares with its entity
    /// (function, schema, SQL query, table, view, view schema: one block of six annotations), which a model built from
    /// code leaves implicit. Only that block is dropped: every column, type and the entity's own table still compare.
    /// </summary>
    private static string WithoutComplexTypeMappingAnnotations(string debugView)
    {
        string[] mapping = ["Relational:FunctionName:", "Relational:Schema:", "Relational:SqlQuery:", "Relational:TableName:", "Relational:ViewName:", "Relational:ViewSchema:"];
        var lines = debugView.Split('\n').ToList();
        for (var i = 0; i + mapping.Length < lines.Count; i++)
        {
            if (lines[i].Trim() == "Annotations:"
                && mapping.Select((m, k) => lines[i + 1 + k].TrimStart().StartsWith(m, StringComparison.Ordinal)).All(x => x)
                && (i + 1 + mapping.Length == lines.Count || !lines[i + 1 + mapping.Length].TrimStart().StartsWith("Relational:", StringComparison.Ordinal))
                && IsComplexTypeBlock(lines, i))
            {
                lines.RemoveRange(i, 1 + mapping.Length);
                i--;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Whether the annotations block at <paramref name="index"/> belongs to a complex property (declared above it, deeper than an entity).</summary>
    private static bool IsComplexTypeBlock(List<string> lines, int index)
    {
        var indent = lines[index].Length - lines[index].TrimStart().Length;
        for (var i = index - 1; i >= 0; i--)
        {
            var own = lines[i].Length - lines[i].TrimStart().Length;
            if (own < indent)
            {
                return lines[i].TrimStart().StartsWith("ComplexType:", StringComparison.Ordinal);
            }
        }

        return false;
    }

    [Fact]
    public void A_context_without_a_compiled_model_builds_its_model_from_code()
    {
        ModuleDbContextServiceCollectionExtensions.CompiledModel(typeof(DbContext), DatabaseProvider.Sqlite).ShouldBeNull();
    }
}
