using Npgsql;

namespace Showcase.Testing;

/// <summary>
/// A fresh PostgreSQL database with a random name on the server named by <c>SHOWCASE_TEST_POSTGRES</c>,
/// dropped on dispose. Tests call <see cref="CreateAsync"/> after <c>Skip.IfNot(TemporaryPostgresDatabase.IsConfigured, ...)</c>.
/// </summary>
public sealed class TemporaryPostgresDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "SHOWCASE_TEST_POSTGRES";

    public const string SkipReason = $"PostgreSQL tests need {EnvironmentVariable}, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    private readonly string _server;

    private TemporaryPostgresDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Server);

    private static string? Server => Environment.GetEnvironmentVariable(EnvironmentVariable);

    public string Name { get; }

    /// <summary>The connection string of the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>The settings that put a host on this database.</summary>
    public Dictionary<string, string?> HostSettings => new()
    {
        ["Showcase:Database:Provider"] = "Postgres",
        ["Showcase:Database:ConnectionString"] = ConnectionString,
    };

    public static async Task<TemporaryPostgresDatabase> CreateAsync()
    {
        var server = Server ?? throw new InvalidOperationException(SkipReason);
        var database = new TemporaryPostgresDatabase(server, $"showcase_test_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\" ENCODING 'UTF8'");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
