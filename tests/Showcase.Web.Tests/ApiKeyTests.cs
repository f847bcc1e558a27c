using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Shouldly;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>The <c>apikey</c> verb against a fresh data folder per test (the verb migrates it first).</summary>
public sealed class ApiKeyTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("showcase-apikey-").FullName;

    [Fact]
    public async Task Create_prints_the_key_as_its_last_line_and_stores_only_its_hash()
    {
        var (exitCode, output) = await RunAsync("apikey", "create", "--name", "provincial-platform", "--scopes", "leaderboards:read,ratings:read", "--rate", "120");

        exitCode.ShouldBe(0, output);
        var key = output.TrimEnd().Split('\n')[^1].Trim();
        key.ShouldMatch("^sc_[a-z2-7]{8}_[a-z2-7]{52}$");
        var stored = ReadDatabaseFiles();
        stored.Contains(key, StringComparison.Ordinal).ShouldBeFalse("the database holds the key");
        stored.Contains(key[12..], StringComparison.Ordinal).ShouldBeFalse("the database holds the key's secret");
        stored.Contains(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), StringComparison.Ordinal).ShouldBeTrue("the database lacks the key's hash");
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_with_exit_code_2_and_the_first_key_is_kept()
    {
        (await RunAsync("apikey", "create", "--name", "newspaper", "--scopes", "catalog:read")).ExitCode.ShouldBe(0);

        var (exitCode, output) = await RunAsync("apikey", "create", "--name", "newspaper", "--scopes", "leaderboards:read");

        exitCode.ShouldBe(2);
        output.ShouldContain("An API key named 'newspaper' already exists");
        StoredKeys().ShouldBe(["newspaper catalog:read"]);
    }

    [Fact]
    public async Task An_unknown_scope_is_refused_with_exit_code_2_naming_it_and_nothing_is_stored()
    {
        var (exitCode, output) = await RunAsync("apikey", "create", "--name", "big-screen", "--scopes", "leaderboards:read,leaderboard:write");

        exitCode.ShouldBe(2);
        output.ShouldContain("Unknown scope: leaderboard:write");
        StoredKeys().ShouldBeEmpty();
    }

    [Fact]
    public async Task List_shows_names_prefixes_and_state_but_never_a_key_and_revoke_marks_the_key_revoked()
    {
        var key = (await RunAsync("apikey", "create", "--name", "district-screen", "--scopes", "leaderboards:read")).Output.TrimEnd().Split('\n')[^1].Trim();

        (await RunAsync("apikey", "revoke", "--name", "district-screen")).ExitCode.ShouldBe(0);
        var (exitCode, list) = await RunAsync("apikey", "list");

        exitCode.ShouldBe(0);
        var line = list.Split('\n').Single(l => l.StartsWith("district-screen\t", StringComparison.Ordinal));
        line.ShouldContain(key[..12]); // sc_<prefix>_
        line.ShouldContain("revoked");
        list.ShouldNotContain(key[12..]);
    }

    [Fact]
    public async Task Revoking_an_unknown_name_is_refused_with_exit_code_2()
    {
        var (exitCode, output) = await RunAsync("apikey", "revoke", "--name", "nobody");

        exitCode.ShouldBe(2);
        output.ShouldContain("No API key is named 'nobody'");
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => ShowcaseProcess.RunVerbAsync(_dataDir, arguments);

    /// <summary>"name scopes" of every stored key, read straight from the database.</summary>
    private List<string> StoredKeys()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataDir, "showcase.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name || ' ' || Scopes FROM Core_ApiKeys ORDER BY Name";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <summary>Every byte the database keeps, as Latin-1 text so that ASCII keys can be searched for.</summary>
    private string ReadDatabaseFiles() =>
        string.Concat(Directory.GetFiles(_dataDir, "showcase.db*").Select(f => Encoding.Latin1.GetString(File.ReadAllBytes(f))));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
