using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Organizations.Data;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>The default recipe runs on the first start with demo data on, and never again.</summary>
public sealed class RecipeDefaultTests
{
    private static async Task<int> UnitsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>().Units.CountAsync();
    }

    [Fact]
    public async Task The_first_start_with_demo_data_applies_the_default_recipe_and_a_restart_does_not_apply_it_again()
    {
        var dataDir = Directory.CreateTempSubdirectory("showcase-test-").FullName;
        var settings = new Dictionary<string, string> { ["Showcase:SeedDemoData"] = "true", ["Showcase:DataDir"] = dataDir };
        try
        {
            int first;
            await using (var app = new ShowcaseWebApplicationFactory<Program>(settings))
            {
                first = await UnitsAsync(app.Services);
            }

            first.ShouldBeGreaterThan(40);

            // Rename the city while the host is stopped: a second run of the recipe would name it back.
            SqliteConnection.ClearAllPools();
            await using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "showcase.db")};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "UPDATE Org_Units SET Name = '改名' WHERE Code = 'CZ'";
                (await command.ExecuteNonQueryAsync()).ShouldBe(1);
            }

            await using var again = new ShowcaseWebApplicationFactory<Program>(settings);
            await using var scope = again.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrganizationsDbContext>();
            (await db.Units.SingleAsync(u => u.Code == "CZ")).Name.ShouldBe("改名");
            (await db.Units.CountAsync()).ShouldBe(first);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Without_demo_data_the_first_start_leaves_the_tree_empty()
    {
        await using var app = new ShowcaseWebApplicationFactory<Program>();

        (await UnitsAsync(app.Services)).ShouldBe(0);
    }
}
