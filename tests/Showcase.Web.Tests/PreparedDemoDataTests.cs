using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Shouldly;
using Showcase.Core.Recipes;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>
/// <c>demo-data prepare</c> on the real executable, and first starts of the real host that copy what it wrote instead of
/// applying the default recipe — or do not, when the data is of another build or the data folder is not new.
/// </summary>
public sealed partial class PreparedDemoDataTests(PreparedDemoDataTests.Prepared prepared) : IClassFixture<PreparedDemoDataTests.Prepared>
{
    /// <summary>Demo data prepared once by the verb; each test copies the folder before changing anything in it.</summary>
    public sealed class Prepared : IAsyncLifetime
    {
        private readonly string _root = Directory.CreateTempSubdirectory("showcase-demo-data-").FullName;

        public string Folder => Path.Combine(_root, "DemoData");

        public string VerbOutput { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var (exitCode, output) = await ShowcaseProcess.RunVerbAsync(Path.Combine(_root, "scratch"), ["demo-data", "prepare", Folder]);
            exitCode.ShouldBe(0, output);
            VerbOutput = output;
        }

        /// <summary>A copy of the prepared folder, with its city renamed so that a start that copied it can be told from one that ran the recipe.</summary>
        public string MarkedCopy()
        {
            var copy = Path.Combine(_root, $"copy-{Guid.NewGuid():N}");
            PreparedDemoData.Copy(Folder, copy);
            Scalar(Path.Combine(copy, "showcase.db"), "UPDATE Org_Units SET Name = '已备好的池州市' WHERE Code = 'CZ'; SELECT changes();").ShouldBe(1L);
            return copy;
        }

        public Task DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_root, recursive: true);
            return Task.CompletedTask;
        }
    }

    private static Dictionary<string, string> WithPrepared(string folder) => new()
    {
        ["Showcase:SeedDemoData"] = "true",
        ["Showcase:PreparedDemoDataDir"] = folder,
    };

    [Fact]
    public void The_prepared_data_holds_the_default_recipe_and_nothing_that_belongs_to_one_installation()
    {
        prepared.VerbOutput.ShouldContain("recipe 'default' applied");
        prepared.VerbOutput.ShouldContain($"demo data prepared in {prepared.Folder}");
        var database = Path.Combine(prepared.Folder, "showcase.db");
        Scalar(database, "SELECT COUNT(*) FROM Brand_Published").ShouldBe(30L);
        Scalar(database, "SELECT COUNT(*) FROM Eval_Rounds").ShouldBe(2L);
        Scalar(database, "SELECT COUNT(*) FROM Core_AspNetUsers WHERE NormalizedUserName = 'ADMIN'").ShouldBe(0L);
        Scalar(database, "SELECT COUNT(*) FROM Core_AspNetUserRoles").ShouldBe(Scalar(database, "SELECT COUNT(*) FROM Core_AspNetUserRoles ur JOIN Core_AspNetUsers u ON u.Id = ur.UserId WHERE u.NormalizedUserName <> 'ADMIN'"));
        Scalar(database, "SELECT COUNT(*) FROM Lb_TokenKeys").ShouldBe(0L);
        Scalar(database, "SELECT COUNT(*) FROM Core_DataProtectionKeys").ShouldBe(0L);
        Scalar(database, "SELECT COUNT(*) FROM Core_Outbox").ShouldBe(0L);
        Scalar(database, "PRAGMA journal_mode").ShouldBe("delete");
        File.Exists(Path.Combine(prepared.Folder, "admin-password.txt")).ShouldBeFalse();
        Directory.EnumerateFiles(Path.Combine(prepared.Folder, "search", "brands")).ShouldNotBeEmpty();
        Directory.EnumerateFiles(Path.Combine(prepared.Folder, "search", "sites")).ShouldNotBeEmpty();
        File.ReadLines(Path.Combine(prepared.Folder, "prepared.txt")).First().ShouldMatch("^[0-9a-f]{64}$");
    }

    [Fact]
    public async Task A_first_start_copies_the_prepared_data_and_makes_its_own_administrator_and_keys()
    {
        var folder = prepared.MarkedCopy();
        await using var host = await ShowcaseProcess.StartAsync(WithPrepared(folder));

        var password = (await host.WaitForOutputAsync(AdminLine())).Groups[1].Value;
        await host.WaitForOutputAsync(new Regex($"copied from {Regex.Escape(folder)}"));
        host.Output.ShouldNotContain("recipe 'default' applied");
        password.Length.ShouldBeGreaterThanOrEqualTo(20);
        (await File.ReadAllTextAsync(Path.Combine(host.DataDir, "admin-password.txt"))).Trim().ShouldBe(password);

        var database = Path.Combine(host.DataDir, "showcase.db");
        Scalar(database, "SELECT Name FROM Org_Units WHERE Code = 'CZ'").ShouldBe("已备好的池州市");
        Scalar(database, "SELECT COUNT(*) FROM Core_AspNetUsers WHERE NormalizedUserName = 'ADMIN'").ShouldBe(1L);
        Scalar(database, "SELECT COUNT(*) FROM Lb_TokenKeys").ShouldBe(1L);
        Scalar(database, "PRAGMA journal_mode").ShouldBe("wal");

        // The copied search index answers from the first request.
        using var client = new HttpClient { BaseAddress = host.WebUrl };
        var search = await client.GetStringAsync(new Uri("/brands?q=" + Uri.EscapeDataString("杏花红"), UriKind.Relative));
        search.ShouldContain("杏花社区依托");
    }

    [Fact]
    public async Task Data_prepared_by_another_build_or_recipe_is_not_copied_and_the_recipe_runs()
    {
        var folder = prepared.MarkedCopy();
        await File.WriteAllLinesAsync(Path.Combine(folder, "prepared.txt"), [new string('0', 64), "prepared by another build"]);
        await using var host = await ShowcaseProcess.StartAsync(WithPrepared(folder));

        await host.WaitForOutputAsync(new Regex("recipe 'default' applied"));
        host.Output.ShouldContain("prepared from another default recipe or another build");
        Scalar(Path.Combine(host.DataDir, "showcase.db"), "SELECT Name FROM Org_Units WHERE Code = 'CZ'").ShouldBe("池州市");
    }

    [Fact]
    public async Task A_data_folder_that_is_not_new_is_never_overwritten()
    {
        var folder = prepared.MarkedCopy();
        var dataDir = Directory.CreateTempSubdirectory("showcase-test-").FullName;
        var kept = Path.Combine(dataDir, "search", "brands", "kept.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        await File.WriteAllTextAsync(kept, "mine");
        try
        {
            await using var host = await ShowcaseProcess.StartAsync(WithPrepared(folder), dataDir);

            await host.WaitForOutputAsync(new Regex("recipe 'default' applied"));
            (await File.ReadAllTextAsync(kept)).ShouldBe("mine");
            Scalar(Path.Combine(dataDir, "showcase.db"), "SELECT Name FROM Org_Units WHERE Code = 'CZ'").ShouldBe("池州市");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task The_verb_refuses_a_data_folder_that_is_not_new_and_a_folder_that_is_not_empty_and_writes_nothing()
    {
        var root = Directory.CreateTempSubdirectory("showcase-demo-data-").FullName;
        try
        {
            var used = Path.Combine(root, "used");
            Directory.CreateDirectory(used);
            await File.WriteAllTextAsync(Path.Combine(used, "notes.txt"), "mine");
            var target = Path.Combine(root, "out");

            var (exitCode, output) = await ShowcaseProcess.RunVerbAsync(used, ["demo-data", "prepare", target]);
            exitCode.ShouldBe(1, output);
            output.ShouldContain("is not new");
            Directory.Exists(target).ShouldBeFalse();
            Directory.GetFileSystemEntries(used).ShouldBe([Path.Combine(used, "notes.txt")]);

            Directory.CreateDirectory(target);
            await File.WriteAllTextAsync(Path.Combine(target, "other.txt"), "theirs");
            (exitCode, output) = await ShowcaseProcess.RunVerbAsync(Path.Combine(root, "fresh"), ["demo-data", "prepare", target]);
            exitCode.ShouldBe(1, output);
            output.ShouldContain("is not empty");
            Directory.GetFileSystemEntries(target).ShouldBe([Path.Combine(target, "other.txt")]);
            File.Exists(Path.Combine(root, "fresh", "showcase.db")).ShouldBeFalse();

            (exitCode, output) = await ShowcaseProcess.RunVerbAsync(Path.Combine(root, "fresh"), ["demo-data", "make", target]);
            exitCode.ShouldBe(2, output);
            output.ShouldContain("usage: demo-data prepare <folder>");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static object? Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [GeneratedRegex(@"Administrator 'admin' created\. Password: (\S+) ")]
    private static partial Regex AdminLine();
}
