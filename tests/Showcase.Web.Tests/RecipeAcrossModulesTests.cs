using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Recipes;
using Showcase.Core.Data;
using Showcase.Core.Recipes;
using Showcase.Organizations.Data;
using Showcase.Organizations.Services;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>
/// A recipe spanning two modules' contexts (Organizations, and the core's audit log through a step made
/// for the test) in the real host: all of it is stored, or none of it. Run on SQLite and on PostgreSQL.
/// </summary>
public abstract class RecipeAcrossModulesTests : IAsyncLifetime
{
    private ShowcaseWebApplicationFactory<Program>? Factory { get; set; }

    /// <summary>The database settings; null when this database is not available here (the tests skip).</summary>
    protected abstract Task<IReadOnlyDictionary<string, string>?> SettingsAsync();

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    protected virtual string SkipReason => "";

    private ShowcaseWebApplicationFactory<Program> App => Factory!;

    /// <summary>Each test starts with it: skips (with the reason) where the database is not available.</summary>
    private void SkipUnlessAvailable() => Skip.If(Factory is null, SkipReason);

    public async Task InitializeAsync()
    {
        if (await SettingsAsync() is not { } settings)
        {
            return;
        }

        Factory = new ShowcaseWebApplicationFactory<Program>(settings, services =>
        {
            services.AddScoped<IRecipeStep, NoteStep>();
            services.AddScoped<IRecipeStep, FailStep>();
        });
        _ = Factory.Services;
    }

    public async Task DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        await CleanUpAsync();
    }

    private const string Organizations = """
        { "step": "organizations", "units": [
            { "code": "CZ", "name": "池州市", "kind": "city" },
            { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" } ] }
        """;

    private async Task<RecipeResult> RunAsync(string steps)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var json = $$"""{ "name": "across", "steps": [ {{steps}} ] }""";
        return await scope.ServiceProvider.GetRequiredService<RecipeRunner>().RunAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "test");
    }

    private async Task<(int Units, int Notes)> CountAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var units = await scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>().Units.CountAsync();
        var notes = await scope.ServiceProvider.GetRequiredService<CoreDbContext>().AuditLog.CountAsync(a => a.Action == "note");
        return (units, notes);
    }

    [SkippableFact]
    public async Task The_host_migrated_every_module_at_start()
    {
        SkipUnlessAvailable();
        await using var scope = App.Services.CreateAsyncScope();
        foreach (var database in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            (await context.Database.GetAppliedMigrationsAsync()).ShouldBe(context.Database.GetMigrations(), database.ContextType.Name);
        }
    }

    [SkippableFact]
    public async Task When_a_later_step_fails_nothing_of_either_module_is_stored()
    {
        SkipUnlessAvailable();
        var error = await Should.ThrowAsync<RecipeException>(() => RunAsync($$"""{{Organizations}}, { "step": "note", "text": "x" }, { "step": "fail" }"""));

        error.Message.ShouldBe("$.steps[2].reason: failed on purpose");
        (await CountAsync()).ShouldBe((0, 0));
    }

    [SkippableFact]
    public async Task When_every_step_succeeds_both_modules_rows_are_stored_and_a_rerun_adds_no_copies()
    {
        SkipUnlessAvailable();
        await RunAsync($$"""{{Organizations}}, { "step": "note", "text": "x" }""");
        var again = await RunAsync(Organizations);

        again.Steps.Single().Summary.ShouldBe("2 units: 0 added, 0 updated, 2 unchanged");
        (await CountAsync()).ShouldBe((2, 1));
    }

    [SkippableFact]
    public async Task The_default_recipe_applies_and_applies_again_without_copies()
    {
        SkipUnlessAvailable();
        var file = Path.Combine(ShowcaseProcess.RepositoryRoot, "src", "Showcase.Web", "Recipes", "default.recipe.json");
        var json = await File.ReadAllTextAsync(file);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecipeRunner>().RunAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "test");
        }

        var units = (await CountAsync()).Units;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecipeRunner>().RunAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "test");
        }

        units.ShouldBeGreaterThan(40);
        (await CountAsync()).Units.ShouldBe(units);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
            (await directory.FindAsync("CZ")).ShouldNotBeNull().Name.ShouldBe("池州市");
            var names = (await directory.ListAsync(Showcase.Organizations.Models.UnitKind.Community)).Select(u => u.Name).ToList();
            names.ShouldContain("烟柳园社区");
            names.ShouldContain("长龙社区");
            names.ShouldContain("尧舜社区");
            names.Count(n => n.EndsWith("社区", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(30);
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Showcase.Core.Identity.ShowcaseUser>>();
            (await users.FindByNameAsync("editor-yly")).ShouldNotBeNull().UnitCode.ShouldBe("GC-QP-YLY");
            (await users.GetUsersInRoleAsync("Judge")).Count.ShouldBe(9);
            var rounds = scope.ServiceProvider.GetRequiredService<Showcase.Evaluations.Data.EvaluationsDbContext>();
            (await rounds.Rounds.OrderBy(r => r.Code).Select(r => r.Code).ToListAsync()).ShouldBe(["2021-top10", "2022-top10"]);
            var scores = System.Text.Json.Nodes.JsonNode.Parse(json)!["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == "rounds")!["rounds"]!.AsArray().Sum(r => r!["scores"]!.AsArray().Count);
            (await rounds.Ledger.CountAsync()).ShouldBe(scores, "one ledger event per score, none from the second run");
        }
    }

    /// <summary>Writes to the core's context, as a users step would.</summary>
    private sealed class NoteStep(IAuditLog auditLog) : RecipeStep<string>
    {
        public override string Name => "note";

        protected override string Read(RecipeObject step) => step.RequiredString("text");

        protected override async Task<string> ApplyAsync(string text, RecipeStepContext context, CancellationToken cancellationToken)
        {
            await auditLog.WriteAsync("test", "note", text, "", cancellationToken);
            return "1 note";
        }
    }

    private sealed class FailStep : IRecipeStep
    {
        public string Name => "fail";

        public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
            throw new RecipeException($"{context.Path}.reason", "failed on purpose");
    }
}

public sealed class RecipeAcrossModulesOnSqliteTests : RecipeAcrossModulesTests
{
    protected override Task<IReadOnlyDictionary<string, string>?> SettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>?>(new Dictionary<string, string>());
}

public sealed class RecipeAcrossModulesOnPostgresTests : RecipeAcrossModulesTests
{
    private TemporaryPostgresDatabase? _database;

    protected override string SkipReason => TemporaryPostgresDatabase.SkipReason;

    protected override async Task<IReadOnlyDictionary<string, string>?> SettingsAsync()
    {
        if (!TemporaryPostgresDatabase.IsConfigured)
        {
            return null;
        }

        _database = await TemporaryPostgresDatabase.CreateAsync();
        return new Dictionary<string, string>
        {
            ["Showcase:Database:Provider"] = "Postgres",
            ["Showcase:Database:ConnectionString"] = _database.ConnectionString,
        };
    }

    protected override async Task CleanUpAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
