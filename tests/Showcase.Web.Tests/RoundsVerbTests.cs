using Microsoft.Data.Sqlite;
using Shouldly;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>
/// The rounds' way through the real executable, as anyone checking published results would go: <c>recipe</c>, then
/// <c>export results</c>, then <c>verify</c> on the file; and <c>ledger verify</c> naming a row edited in the database.
/// </summary>
public sealed class RoundsVerbTests : IDisposable
{
    private static readonly string DefaultRecipe = Path.Combine(ShowcaseProcess.RepositoryRoot, "src", "Showcase.Web", "Recipes", "default.recipe.json");

    private readonly string _dataDir = Directory.CreateTempSubdirectory("showcase-rounds-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    private async Task RecipeExportVerifyAsync(IReadOnlyDictionary<string, string>? settings)
    {
        var (recipeExit, recipeOutput) = await ShowcaseProcess.RunVerbAsync(_dataDir, ["recipe", DefaultRecipe], settings);
        recipeExit.ShouldBe(0, recipeOutput);
        recipeOutput.ShouldContain("2021-top10 FINAL");

        foreach (var round in new[] { "2021-top10", "2022-top10" })
        {
            var file = Path.Combine(_dataDir, round + ".json");
            var (exportExit, exportOutput) = await ShowcaseProcess.RunVerbAsync(_dataDir, ["export", "results", round, "--out", file], settings);
            exportExit.ShouldBe(0, exportOutput);
            var digest = exportOutput.Split("digest ")[1][..64];

            var (verifyExit, verifyOutput) = await ShowcaseProcess.RunVerbAsync(_dataDir, ["verify", file]);
            verifyExit.ShouldBe(0, verifyOutput);
            verifyOutput.ShouldContain($"verified: {digest}");
        }
    }

    [Fact]
    public async Task The_default_recipes_rounds_export_results_that_verify_and_an_edited_ledger_row_is_named()
    {
        await RecipeExportVerifyAsync(null);
        var (intactExit, intact) = await ShowcaseProcess.RunVerbAsync(_dataDir, ["ledger", "verify", "2021-top10"]);
        intactExit.ShouldBe(0, intact);
        intact.ShouldContain("ledger intact: ");

        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_dataDir, "showcase.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE Eval_Ledger SET EventJson = replace(EventJson, '"kind":"submit"', '"kind":"amend"')
                WHERE Sequence = 5 AND RoundId = (SELECT Id FROM Eval_Rounds WHERE Code = '2021-top10')
                """;
            (await command.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        var (brokenExit, broken) = await ShowcaseProcess.RunVerbAsync(_dataDir, ["ledger", "verify", "2021-top10"]);
        brokenExit.ShouldBe(1);
        broken.ShouldContain("ledger event 5 is broken");
    }

    [SkippableFact]
    public async Task On_postgres_the_same_way_verifies()
    {
        Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, TemporaryPostgresDatabase.SkipReason);
        await using var database = await TemporaryPostgresDatabase.CreateAsync();

        await RecipeExportVerifyAsync(new Dictionary<string, string>
        {
            ["Showcase:Database:Provider"] = "Postgres",
            ["Showcase:Database:ConnectionString"] = database.ConnectionString,
        });
    }
}
