using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Showcase.Core.Cli;
using Showcase.Core.Content;
using Showcase.Core.Hosting;
using Showcase.Core.Identity;
using Showcase.Core.Jobs;
using Showcase.Core.Localization;
using Showcase.Core.Recipes;
using Showcase.Testing;

namespace Showcase.Evaluations.Tests;

/// <summary>
/// The data side of the host in process, as Program.cs composes it, with identity (judges are users with a unit) and
/// the jobs store: on a fresh SQLite file (or a PostgreSQL database), migrated, with <see cref="BaseRecipe"/> applied.
/// Quartz itself starts only with <see cref="StartAsync(bool, IReadOnlyDictionary{string, string?}?, string?)"/>'s <c>run</c>.
/// </summary>
public sealed class EvaluationsHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _ownsDataDir;

    private EvaluationsHost(WebApplication app, string dataDir, bool ownsDataDir)
    {
        _app = app;
        DataDir = dataDir;
        _ownsDataDir = ownsDataDir;
    }

    public string DataDir { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Four districts (GC, DZ, ST, QY), a street and two communities in each, nine judges, eight published brands.</summary>
    public const string BaseRecipe = """
        { "name": "evaluations-base", "steps": [
          { "step": "organizations", "units": [
            { "code": "CZ", "name": "池州市", "kind": "city" },
            { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
            { "code": "DZ", "name": "东至县", "kind": "district", "parent": "CZ" },
            { "code": "ST", "name": "石台县", "kind": "district", "parent": "CZ" },
            { "code": "QY", "name": "青阳县", "kind": "district", "parent": "CZ" },
            { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
            { "code": "DZ-YD", "name": "尧渡镇", "kind": "street", "parent": "DZ" },
            { "code": "ST-RL", "name": "仁里镇", "kind": "street", "parent": "ST" },
            { "code": "QY-RC", "name": "蓉城镇", "kind": "street", "parent": "QY" },
            { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" },
            { "code": "GC-QP-QPU", "name": "秋浦社区", "kind": "community", "parent": "GC-QP" },
            { "code": "DZ-YD-YS", "name": "尧舜社区", "kind": "community", "parent": "DZ-YD" },
            { "code": "DZ-YD-DC", "name": "东城社区", "kind": "community", "parent": "DZ-YD" },
            { "code": "ST-RL-RL", "name": "仁里社区", "kind": "community", "parent": "ST-RL" },
            { "code": "ST-RL-QX", "name": "清溪社区", "kind": "community", "parent": "ST-RL" },
            { "code": "QY-RC-RC", "name": "蓉城社区", "kind": "community", "parent": "QY-RC" },
            { "code": "QY-RC-QS", "name": "青山社区", "kind": "community", "parent": "QY-RC" } ] },
          { "step": "users", "users": [
            { "userName": "j1", "roles": ["Judge"], "unit": "CZ" },
            { "userName": "j2", "roles": ["Judge"], "unit": "GC" },
            { "userName": "j3", "roles": ["Judge"], "unit": "DZ-YD" },
            { "userName": "j4", "roles": ["Judge"], "unit": "ST-RL-RL" },
            { "userName": "j5", "roles": ["Judge"] },
            { "userName": "j6", "roles": ["Judge"], "unit": "CZ" },
            { "userName": "j7", "roles": ["Judge"], "unit": "QY" },
            { "userName": "j8", "roles": ["Judge"] },
            { "userName": "j9", "roles": ["Judge"], "unit": "CZ" } ] },
          { "step": "brands", "brands": [
            { "code": "B1", "title": "红网联动", "community": "GC-QP-YLY", "summary": "s" },
            { "code": "B2", "title": "秋浦先锋", "community": "GC-QP-QPU", "summary": "s" },
            { "code": "B3", "title": "尧舜德馨", "community": "DZ-YD-YS", "summary": "s" },
            { "code": "B4", "title": "东城和美", "community": "DZ-YD-DC", "summary": "s" },
            { "code": "B5", "title": "仁里同心", "community": "ST-RL-RL", "summary": "s" },
            { "code": "B6", "title": "清溪红", "community": "ST-RL-QX", "summary": "s" },
            { "code": "B7", "title": "蓉城之光", "community": "QY-RC-RC", "summary": "s" },
            { "code": "B8", "title": "青山红", "community": "QY-RC-QS", "summary": "s" } ] } ] }
        """;

    /// <param name="run">Start the host (Quartz's scheduler runs) on a loopback port.</param>
    /// <param name="dataDir">A data folder of the caller's, e.g. to restart on it (kept on dispose).</param>
    /// <param name="seed">Apply <see cref="BaseRecipe"/>; by default only on a data folder of its own.</param>
    public static async Task<EvaluationsHost> StartAsync(bool run = false, IReadOnlyDictionary<string, string?>? settings = null, string? dataDir = null, bool? seed = null)
    {
        var ownsDataDir = dataDir is null;
        dataDir ??= Directory.CreateTempSubdirectory("showcase-eval-").FullName;
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Showcase:DataDir"] = dataDir,
            ["Showcase:SeedDemoData"] = "false",
            ["Kestrel:Endpoints:Web:Url"] = "http://127.0.0.1:0",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddShowcaseModules();
        builder.AddShowcasePersistence();
        builder.AddShowcaseContent();
        builder.AddShowcaseIdentity();
        builder.AddShowcaseLocalization();
        builder.AddShowcaseRecipes();
        builder.AddShowcaseJobs();
        var app = builder.Build();
        await app.PrepareShowcaseAsync(TextWriter.Null);
        var host = new EvaluationsHost(app, dataDir, ownsDataDir);
        if (seed ?? ownsDataDir)
        {
            await host.RunRecipeAsync(BaseRecipe);
        }

        if (run)
        {
            await app.StartAsync();
        }

        return host;
    }

    public static Task<EvaluationsHost> StartOnPostgresAsync(TemporaryPostgresDatabase database) =>
        StartAsync(settings: new Dictionary<string, string?>
        {
            ["Showcase:Database:Provider"] = "Postgres",
            ["Showcase:Database:ConnectionString"] = database.ConnectionString,
        });

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync<object?>(async services =>
    {
        await work(services);
        return null;
    });

    /// <summary>
    /// The site's default recipe with only the steps of the modules this host runs (organizations, users, brands,
    /// rounds): the demo sites' <c>programmes</c> step belongs to a module the Evaluations tests do not load.
    /// </summary>
    public static async Task<string> DefaultRecipeAsync()
    {
        var recipe = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ShowcaseProcess.RepositoryRoot, "src", "Showcase.Web", "Recipes", "default.recipe.json")))!;
        var steps = recipe["steps"]!.AsArray();
        foreach (var step in steps.Where(s => s!["step"]!.GetValue<string>() is not ("organizations" or "users" or "brands" or "rounds")).ToList())
        {
            steps.Remove(step);
        }

        return recipe.ToJsonString();
    }

    public Task<RecipeResult> RunRecipeAsync(string json) => InScopeAsync(services =>
        services.GetRequiredService<RecipeRunner>().RunAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "test"));

    /// <summary>Runs a command-line verb as the host would; returns its exit code and what it printed.</summary>
    public async Task<(int Exit, string Output, string Error)> RunVerbAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await _app.RunVerbAsync(CommandLine.Parse(args), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync();
        }
        catch (InvalidOperationException)
        {
        }

        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsDataDir)
        {
            try
            {
                Directory.Delete(DataDir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
