using Microsoft.Data.Sqlite;
using Shouldly;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>The <c>recipe</c> verb of the real executable, on one data folder shared by the tests in order-independent ways.</summary>
public sealed class RecipeVerbTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("showcase-test-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    private string WriteRecipe(string json)
    {
        var file = Path.Combine(_dataDir, $"{Guid.NewGuid():N}.recipe.json");
        File.WriteAllText(file, json);
        return file;
    }

    private Task<(int ExitCode, string Output)> RecipeAsync(string file) => ShowcaseProcess.RunVerbAsync(_dataDir, ["recipe", file]);

    private Dictionary<string, string> Units()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataDir, "showcase.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Code, Name FROM Org_Units";
        using var reader = command.ExecuteReader();
        var units = new Dictionary<string, string>();
        while (reader.Read())
        {
            units[reader.GetString(0)] = reader.GetString(1);
        }

        return units;
    }

    private static string Tree(string districtName) => $$"""
        { "name": "verb test", "steps": [ { "step": "organizations", "units": [
            { "code": "CZ", "name": "池州市", "kind": "city" },
            { "code": "GC", "name": "{{districtName}}", "kind": "district", "parent": "CZ" },
            { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" } ] } ] }
        """;

    [Fact]
    public async Task A_recipe_applied_twice_leaves_one_copy_and_a_changed_name_is_updated()
    {
        var first = await RecipeAsync(WriteRecipe(Tree("贵池区")));
        var again = await RecipeAsync(WriteRecipe(Tree("贵池区")));
        var renamed = await RecipeAsync(WriteRecipe(Tree("贵池区（新）")));

        first.ExitCode.ShouldBe(0, first.Output);
        first.Output.ShouldContain("recipe 'verb test' applied (1 steps)");
        first.Output.ShouldContain("$.steps[0] organizations: 3 units: 3 added, 0 updated, 0 unchanged");
        again.ExitCode.ShouldBe(0, again.Output);
        again.Output.ShouldContain("3 units: 0 added, 0 updated, 3 unchanged");
        renamed.Output.ShouldContain("3 units: 0 added, 1 updated, 2 unchanged");
        Units().ShouldBe(new Dictionary<string, string> { ["CZ"] = "池州市", ["GC"] = "贵池区（新）", ["GC-QP"] = "秋浦街道" }, ignoreOrder: true);
    }

    [Fact]
    public async Task A_bad_recipe_exits_non_zero_names_the_path_and_changes_nothing()
    {
        (await RecipeAsync(WriteRecipe(Tree("贵池区")))).ExitCode.ShouldBe(0);
        var before = Units();

        var (exitCode, output) = await RecipeAsync(WriteRecipe("""
            { "name": "bad", "steps": [
                { "step": "organizations", "units": [ { "code": "DZ", "name": "东至县", "kind": "district", "parent": "CZ" } ] },
                { "step": "organizations", "units": [ { "code": "DZ-YD", "name": "尧渡镇", "kind": "street", "parent": "CZ" } ] } ] }
            """));

        exitCode.ShouldBe(1);
        output.ShouldContain("$.steps[1].units[0].parent: 'CZ' is a city; a street's parent must be a district");
        output.ShouldContain("nothing was changed.");
        Units().ShouldBe(before);
    }

    [Fact]
    public async Task A_missing_recipe_file_or_a_missing_argument_is_an_error()
    {
        var missing = await RecipeAsync(Path.Combine(_dataDir, "nope.json"));
        var noArgument = await ShowcaseProcess.RunVerbAsync(_dataDir, ["recipe"]);

        missing.ExitCode.ShouldBe(1);
        missing.Output.ShouldContain("no recipe file at");
        noArgument.ExitCode.ShouldBe(2);
        noArgument.Output.ShouldContain("usage: recipe <file>");
    }
}
