using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Data;
using Showcase.Core.Hosting;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>The real host applies every module's migrations to a fresh SQLite database when it starts.</summary>
public sealed class MigrationTests(MigrationTests.Host host) : IClassFixture<MigrationTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public ShowcaseWebApplicationFactory<Program> App { get; } = new();

        public Task InitializeAsync() => Task.FromResult(App.Services);

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public void The_host_registers_the_core_and_the_module_contexts()
    {
        var contexts = host.App.Services.GetServices<ModuleDatabase>().Select(d => d.ContextType.Name).ToList();

        contexts.ShouldContain("CoreDbContext");
        contexts.ShouldContain("OrganizationsDbContext");
    }

    [Fact]
    public void Every_registered_context_has_a_sqlite_and_a_postgres_subclass_that_the_model_check_covers()
    {
        var checkedTypes = MigrationModelTests.ProviderContexts(DatabaseProvider.Sqlite).Concat(MigrationModelTests.ProviderContexts(DatabaseProvider.Postgres)).Select(c => c.Type).ToHashSet();

        foreach (var database in host.App.Services.GetServices<ModuleDatabase>())
        {
            checkedTypes.ShouldContain(database.SqliteType);
            checkedTypes.ShouldContain(database.PostgresType);
        }
    }

    [Fact]
    public async Task Every_migration_is_applied_to_a_fresh_sqlite_database_at_start()
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        foreach (var database in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            (await context.Database.GetPendingMigrationsAsync()).ShouldBeEmpty(database.ContextType.Name);
            (await context.Database.GetAppliedMigrationsAsync()).ShouldBe(context.Database.GetMigrations(), database.ContextType.Name);
        }

        File.Exists(Path.Combine(host.App.DataDir, "showcase.db")).ShouldBeTrue();
    }

    [Fact]
    public async Task The_start_reads_the_same_applied_migrations_as_ef_core_in_one_go()
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var databases = scope.ServiceProvider.GetServices<ModuleDatabase>().ToList();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();

        var applied = await MigrationHistory.ReadAppliedAsync(session.Connection, session.Provider, databases, CancellationToken.None);

        applied.Keys.ShouldBe(databases.Select(d => d.ContextType), ignoreOrder: true);
        foreach (var database in databases)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            applied[database.ContextType].ShouldNotBeEmpty(database.ContextType.Name);
            applied[database.ContextType].ShouldBe(await context.Database.GetAppliedMigrationsAsync(), ignoreOrder: true, database.ContextType.Name);
        }
    }

    [Fact]
    public async Task The_core_context_runs_on_its_compiled_model()
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CoreDbContext>();

        context.Model.GetType().Name.ShouldBe("SqliteCoreDbContextModel");
        (await context.Roles.CountAsync()).ShouldBe(Showcase.Abstractions.Security.Roles.All.Count);
    }

    [Fact]
    public async Task A_database_without_history_tables_has_no_applied_migrations()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        var databases = host.App.Services.GetServices<ModuleDatabase>().ToList();

        var applied = await MigrationHistory.ReadAppliedAsync(connection, DatabaseProvider.Sqlite, databases, CancellationToken.None);

        applied.Count.ShouldBe(databases.Count);
        applied.Values.ShouldAllBe(migrations => migrations.Count == 0);
    }
}
