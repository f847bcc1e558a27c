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
            if (fromCode != initialized.ToDebugString(MetadataDebugStringOptions.LongDefault))
            {
                stale.Add(type.Name);
            }
        }

        compiled.ShouldContain($"{provider}CoreDbContext");
        stale.ShouldBeEmpty($"these {provider} compiled models differ from their models built from code; run tools/compiled-models.sh");
    }

    [Fact]
    public void A_context_without_a_compiled_model_builds_its_model_from_code()
    {
        ModuleDbContextServiceCollectionExtensions.CompiledModel(typeof(DbContext), DatabaseProvider.Sqlite).ShouldBeNull();
    }
}
