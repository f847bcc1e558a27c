using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Shouldly;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Data;

namespace Showcase.Core.Tests.Data;

/// <summary>
/// How the host's SQLite writers take turns (<see cref="SqliteConnections"/>): SQLite's own busy handler on every
/// connection, and the process's transactions queued for the file rather than retried by Microsoft.Data.Sqlite.
/// </summary>
public sealed class SqliteWriteTurnTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("showcase-write-turn-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Every_connection_it_makes_waits_in_SQLite_for_as_long_as_its_timeout()
    {
        using var made = SqliteConnections.Create(ConnectionString(timeoutSeconds: 7));
        made.Open();
        BusyTimeout(made).ShouldBe(7_000);

        // Pooled: the handle comes back from the pool, and the handler is set again on every open.
        made.Close();
        made.Open();
        BusyTimeout(made).ShouldBe(7_000);

        using var fromSource = (SqliteConnection)SqliteConnections.DataSource(ConnectionString(timeoutSeconds: 3)).CreateConnection();
        fromSource.Open();
        BusyTimeout(fromSource).ShouldBe(3_000);

        using var plain = new SqliteConnection(ConnectionString(timeoutSeconds: 7));
        plain.Open();
        BusyTimeout(plain).ShouldBe(0, "a plain connection has no busy handler: Microsoft.Data.Sqlite retries every 150 ms instead");
    }

    [Fact]
    public async Task A_transaction_waits_for_the_one_before_it_and_says_so_when_it_waited_too_long()
    {
        await using var first = Session(timeoutSeconds: 1);
        await using var second = Session(timeoutSeconds: 1);
        await first.BeginTransactionAsync(CancellationToken.None);

        var error = await Should.ThrowAsync<TimeoutException>(() => second.BeginTransactionAsync(CancellationToken.None));
        error.Message.ShouldContain("another command of this process held its write lock");
        second.Transaction.ShouldBeNull();

        await first.CommitAsync(CancellationToken.None);
        await second.BeginTransactionAsync(CancellationToken.None);
        second.Transaction.ShouldNotBeNull();
        await second.CommitAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_turn_passes_on_after_a_commit_a_rollback_and_a_session_disposed_mid_transaction()
    {
        var waiting = new List<Task>();
        await using (var abandoned = Session(timeoutSeconds: 5))
        {
            await abandoned.BeginTransactionAsync(CancellationToken.None);
            for (var i = 0; i < 3; i++)
            {
                waiting.Add(TakeTurnAsync(i));
            }

            waiting.ShouldAllBe(t => !t.IsCompleted, "the others wait while the first transaction is open");
        }

        // Disposed without commit: the turn passed on, and the queued transactions ran one after the other.
        await Task.WhenAll(waiting);
        await using var check = Session(timeoutSeconds: 1);
        check.Connection.Open();
        using var count = check.Connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM turns";
        Convert.ToInt32(count.ExecuteScalar()).ShouldBe(3);

        async Task TakeTurnAsync(int i)
        {
            await using var session = Session(timeoutSeconds: 5);
            await session.BeginTransactionAsync(CancellationToken.None);
            using var command = session.Connection.CreateCommand();
            command.Transaction = session.Transaction;
            command.CommandText = $"CREATE TABLE IF NOT EXISTS turns (n INTEGER); INSERT INTO turns VALUES ({i});";
            await command.ExecuteNonQueryAsync();
            if (i == 1)
            {
                await session.RollbackAsync();
                await session.BeginTransactionAsync(CancellationToken.None);
                command.Transaction = session.Transaction;
                await command.ExecuteNonQueryAsync();
            }

            await session.CommitAsync(CancellationToken.None);
        }
    }

    private DbSession Session(int timeoutSeconds) => new(Options.Create(new ShowcaseOptions
    {
        DataDir = _folder,
        Database = { ConnectionString = ConnectionString(timeoutSeconds) },
    }));

    private string ConnectionString(int timeoutSeconds) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "turns.db"), DefaultTimeout = timeoutSeconds }.ToString();

    private static long BusyTimeout(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";
        return (long)command.ExecuteScalar()!;
    }
}
