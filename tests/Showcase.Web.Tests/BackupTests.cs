using Microsoft.Data.Sqlite;
using Shouldly;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>The <c>backup</c> and <c>restore</c> verbs of the real executable on a real data folder.</summary>
public sealed class BackupTests(BackupTests.Template template) : IClassFixture<BackupTests.Template>, IDisposable
{
    /// <summary>A data folder migrated and seeded once by the <c>recipe</c> verb; each test works on a copy of it.</summary>
    public sealed class Template : IAsyncLifetime
    {
        public string DataDir { get; } = Directory.CreateTempSubdirectory("showcase-test-").FullName;

        public async Task InitializeAsync()
        {
            var file = Path.Combine(DataDir, "tree.recipe.json");
            await File.WriteAllTextAsync(file, TreeRecipe("贵池区"));
            var (exitCode, output) = await ShowcaseProcess.RunVerbAsync(DataDir, ["recipe", file]);
            exitCode.ShouldBe(0, output);
        }

        public Task DisposeAsync()
        {
            Directory.Delete(DataDir, recursive: true);
            return Task.CompletedTask;
        }

        /// <summary>A fresh folder holding the template's database files (the verb's process has ended, so they are at rest).</summary>
        public string Copy()
        {
            var copy = Directory.CreateTempSubdirectory("showcase-test-").FullName;
            foreach (var file in Directory.GetFiles(DataDir, "showcase.db*"))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            return copy;
        }
    }

    private readonly string _dataDir = template.Copy();

    private string Database => Path.Combine(_dataDir, "showcase.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    private static string TreeRecipe(string districtName) => $$"""
        { "name": "backup test", "steps": [ { "step": "organizations", "units": [
            { "code": "CZ", "name": "池州市", "kind": "city" },
            { "code": "GC", "name": "{{districtName}}", "kind": "district", "parent": "CZ" } ] } ] }
        """;

    private Task<(int ExitCode, string Output)> VerbAsync(params string[] arguments) => ShowcaseProcess.RunVerbAsync(_dataDir, arguments);

    private async Task RecipeAsync(string districtName)
    {
        var file = Path.Combine(_dataDir, "tree.recipe.json");
        await File.WriteAllTextAsync(file, TreeRecipe(districtName));
        var (exitCode, output) = await VerbAsync("recipe", file);
        exitCode.ShouldBe(0, output);
    }

    private static string Query(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private string DistrictName() => Query(Database, "SELECT Name FROM Org_Units WHERE Code = 'GC'");

    [Fact]
    public async Task A_backup_restored_later_brings_back_the_data_as_it_was()
    {
        var backup = Path.Combine(_dataDir, "backups", "before.db");
        var made = await VerbAsync("backup", backup);
        await RecipeAsync("贵池区（改名后）");
        DistrictName().ShouldBe("贵池区（改名后）");

        var restored = await VerbAsync("restore", backup);

        made.ExitCode.ShouldBe(0, made.Output);
        made.Output.ShouldContain($"to {backup}");
        restored.ExitCode.ShouldBe(0, restored.Output);
        DistrictName().ShouldBe("贵池区");
        Query(Database, "PRAGMA journal_mode").ShouldBe("wal");
        Directory.GetFiles(_dataDir, "*.tmp").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_backup_is_one_self_contained_sqlite_file_with_the_showcase_tables()
    {
        var backup = Path.Combine(_dataDir, "copy.db");

        (await VerbAsync("backup", backup)).ExitCode.ShouldBe(0);

        Query(backup, "PRAGMA journal_mode").ShouldBe("delete");
        Query(backup, "SELECT COUNT(*) FROM Org_Units").ShouldBe("2");
        Query(backup, "SELECT COUNT(*) FROM __Core_Migrations").ShouldNotBe("0");
    }

    [Fact]
    public async Task Restoring_a_file_that_is_not_sqlite_is_refused_and_changes_nothing()
    {
        var text = Path.Combine(_dataDir, "notes.txt");
        await File.WriteAllTextAsync(text, "not a database, just some text that is long enough to have a header");
        var before = await File.ReadAllBytesAsync(Database);

        var (exitCode, output) = await VerbAsync("restore", text);

        exitCode.ShouldBe(1);
        output.ShouldContain($"{text} is not a SQLite database, so it is not a Showcase backup.");
        output.ShouldContain("nothing was changed.");
        DistrictName().ShouldBe("贵池区");
        (await File.ReadAllBytesAsync(Database)).ShouldBe(before);
    }

    [Fact]
    public async Task Restoring_another_applications_sqlite_database_is_refused_and_changes_nothing()
    {
        var foreign = Path.Combine(_dataDir, "foreign.db");
        await using (var connection = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE Customers (Id INTEGER PRIMARY KEY, Name TEXT); INSERT INTO Customers (Name) VALUES ('x');";
            await command.ExecuteNonQueryAsync();
        }

        var (exitCode, output) = await VerbAsync("restore", foreign);

        exitCode.ShouldBe(1);
        output.ShouldContain($"{foreign} is a SQLite database but not a Showcase backup: it has no __Core_Migrations table with migrations.");
        DistrictName().ShouldBe("贵池区");
    }

    [Fact]
    public async Task Restoring_a_backup_from_a_newer_version_is_refused()
    {
        var backup = Path.Combine(_dataDir, "newer.db");
        (await VerbAsync("backup", backup)).ExitCode.ShouldBe(0);
        await using (var connection = new SqliteConnection($"Data Source={backup};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO __Org_Migrations (MigrationId, ProductVersion) VALUES ('29990101000000_FromTheFuture', '99.0')";
            await command.ExecuteNonQueryAsync();
        }

        var (exitCode, output) = await VerbAsync("restore", backup);

        exitCode.ShouldBe(1);
        output.ShouldContain("was made by a newer Showcase: it has migration 29990101000000_FromTheFuture of OrganizationsDbContext");
    }

    [Theory]
    [InlineData("backup")]
    [InlineData("restore")]
    public async Task On_postgresql_both_verbs_point_to_pg_dump_and_pg_restore_and_fail(string verb)
    {
        var (exitCode, output) = await ShowcaseProcess.RunVerbAsync(_dataDir, [verb, Path.Combine(_dataDir, "x.db")], new Dictionary<string, string>
        {
            ["Showcase:Database:Provider"] = "Postgres",
            ["Showcase:Database:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=none",
        });

        exitCode.ShouldBe(1);
        output.ShouldContain("pg_dump");
        output.ShouldContain("pg_restore");
        File.Exists(Path.Combine(_dataDir, "x.db")).ShouldBeFalse();
    }
}
