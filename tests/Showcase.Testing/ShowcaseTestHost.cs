using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Showcase.Core.Content;
using Showcase.Core.Hosting;
using Showcase.Core.Jobs;
using Showcase.Core.Recipes;

namespace Showcase.Testing;

/// <summary>
/// The data side of the host in process, without a web server: modules, persistence, content and
/// recipes composed as Program.cs composes them, on a fresh SQLite file in a temp folder (or a
/// PostgreSQL database), migrated and ready. Tests take a scope per unit of work.
/// </summary>
public sealed class ShowcaseTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ShowcaseTestHost(WebApplication app, string dataDir)
    {
        _app = app;
        DataDir = dataDir;
    }

    public string DataDir { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="modules">Module assemblies to load besides those the test project references.</param>
    /// <param name="configure">Extra services, e.g. recipe steps made for a test.</param>
    /// <param name="settings">Configuration, e.g. <c>Showcase:Database:Provider</c>.</param>
    public static async Task<ShowcaseTestHost> StartAsync(
        Assembly[]? modules = null,
        Action<IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var dataDir = Directory.CreateTempSubdirectory("showcase-test-").FullName;
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Showcase:DataDir"] = dataDir,
            ["Showcase:SeedDemoData"] = "false",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddShowcaseModules(modules ?? []);
        builder.AddShowcasePersistence();
        builder.AddShowcaseContent();
        builder.AddShowcaseRecipes();
        // The real job store: jobs asked for are kept in the test's database (the scheduler does not run them here).
        builder.AddShowcaseJobs();
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        await app.PrepareShowcaseAsync(TextWriter.Null);
        return new ShowcaseTestHost(app, dataDir);
    }

    public AsyncServiceScope CreateScope() => _app.Services.CreateAsyncScope();

    /// <summary>Runs <paramref name="work"/> in a scope of its own (its own connection), as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = CreateScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync<object?>(async services =>
    {
        await work(services);
        return null;
    });

    /// <summary>Runs recipe JSON through the host's runner in a scope of its own.</summary>
    public Task<RecipeResult> RunRecipeAsync(string json) => InScopeAsync(services =>
        services.GetRequiredService<RecipeRunner>().RunAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "test"));

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
