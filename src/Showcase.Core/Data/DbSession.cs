using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;

namespace Showcase.Core.Data;

/// <summary>
/// One database connection per DI scope, shared by every module's DbContext in that scope, so that a
/// command (<see cref="UnitOfWork"/>) runs across several modules' contexts in one transaction.
/// </summary>
public sealed class DbSession : IDbSession, IAsyncDisposable, IDisposable
{
    // Worked out once per options instance (one per host), not for every request's session: it resolves the
    // data folder's full path and builds the string with a connection string builder.
    private static readonly ConditionalWeakTable<ShowcaseOptions, string> SqliteConnectionStrings = new();

    private readonly DbConnection _connection;
    private readonly List<DbContext> _contexts = [];
    private SemaphoreSlim? _writeGate;

    // SQLite's synchronous level to put back on the (pooled) connection when a transaction that is not durable ends.
    private long? _restoreSynchronous;

    public DbSession(IOptions<ShowcaseOptions> options)
    {
        var database = options.Value.Database;
        Provider = database.Provider;
        _connection = Provider switch
        {
            DatabaseProvider.Sqlite => SqliteConnections.Create(SqliteConnectionStrings.GetValue(options.Value, ConnectionStrings.Sqlite)),
            DatabaseProvider.Postgres => new NpgsqlConnection(ConnectionStrings.Postgres(options.Value)),
            _ => throw new InvalidOperationException($"Unknown database provider '{Provider}'."),
        };
    }

    public DatabaseProvider Provider { get; }

    public DbConnection Connection => _connection;

    internal DbTransaction? Transaction { get; private set; }

    /// <summary>
    /// False for a scope whose commits may be lost in a power cut or a crash of the machine (not of the process), because
    /// losing them only repeats work: the outbox's record of what it carried out, after which an event at worst is carried
    /// out again, as after a process killed before the record. Such a commit does not wait for the disk. On SQLite (WAL)
    /// the transaction runs at synchronous NORMAL, and the next durable commit's sync of the log covers it; on PostgreSQL
    /// with <c>synchronous_commit</c> off for that transaction. Every other commit still waits for the disk.
    /// </summary>
    internal bool Durable { get; set; } = true;

    /// <summary>The module contexts created in this scope, in the order they were created.</summary>
    internal IReadOnlyList<DbContext> Contexts => _contexts;

    public TContext Enlist<TContext>(TContext context) where TContext : DbContext
    {
        if (Transaction is { } current)
        {
            context.Database.UseTransaction(current);
        }

        _contexts.Add(context);
        return context;
    }

    /// <summary>Begins the scope's transaction; every module context of the scope, present and future, joins it.</summary>
    internal async Task BeginTransactionAsync(CancellationToken cancellationToken)
    {
        if (Transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already running in this scope.");
        }

        await TakeWriteGateAsync(cancellationToken);
        try
        {
            if (_connection.State != System.Data.ConnectionState.Open)
            {
                await _connection.OpenAsync(cancellationToken);
            }

            if (!Durable && _connection is SqliteConnection)
            {
                // SQLite refuses to change the level inside a transaction.
                var level = (long)(await ScalarAsync("PRAGMA synchronous;", null, cancellationToken))!;
                if (level > 1)
                {
                    await ScalarAsync("PRAGMA synchronous = NORMAL;", null, cancellationToken);
                    _restoreSynchronous = level;
                }
            }

            Transaction = await _connection.BeginTransactionAsync(cancellationToken);
            if (!Durable && _connection is NpgsqlConnection)
            {
                await ScalarAsync("SET LOCAL synchronous_commit TO OFF;", Transaction, cancellationToken);
            }
        }
        catch
        {
            var begun = Transaction;
            Transaction = null;
            try
            {
                if (begun is not null)
                {
                    await begun.DisposeAsync();
                }

                await RestoreSynchronousAsync();
            }
            finally
            {
                ReleaseWriteGate();
            }

            throw;
        }

        Follow(Transaction);
    }

    /// <summary>
    /// On SQLite, waits for this process's turn to write to the file (<see cref="SqliteConnections"/>), as long as the
    /// connection's timeout: a transaction begins only when the last one here has ended.
    /// </summary>
    private async Task TakeWriteGateAsync(CancellationToken cancellationToken)
    {
        if (_connection is not SqliteConnection sqlite)
        {
            return;
        }

        var gate = SqliteConnections.WriteGate(sqlite.ConnectionString);
        var timeout = sqlite.DefaultTimeout;
        if (!await gate.WaitAsync(timeout == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(timeout), cancellationToken))
        {
            throw new TimeoutException($"The database stayed busy for {timeout} s: another command of this process held its write lock all that time.");
        }

        _writeGate = gate;
    }

    /// <summary>Passes the turn on, if this session holds it.</summary>
    private void ReleaseWriteGate()
    {
        if (_writeGate is { } gate)
        {
            _writeGate = null;
            gate.Release();
        }
    }

    internal async Task CommitAsync(CancellationToken cancellationToken)
    {
        var transaction = Transaction ?? throw new InvalidOperationException("No transaction is running.");
        await transaction.CommitAsync(cancellationToken);
        await EndAsync(transaction);
    }

    internal async Task RollbackAsync()
    {
        if (Transaction is { } transaction)
        {
            try
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
            finally
            {
                await EndAsync(transaction);
            }
        }
    }

    private async Task EndAsync(DbTransaction transaction)
    {
        Transaction = null;
        try
        {
            Follow(null);
            await transaction.DisposeAsync();
        }
        finally
        {
            try
            {
                await RestoreSynchronousAsync();
            }
            finally
            {
                ReleaseWriteGate();
            }
        }
    }

    private async Task<object?> ScalarAsync(string sql, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>
    /// Puts SQLite's synchronous level back after a transaction that was not durable. The connection goes back to the pool
    /// after the scope: if the level cannot be put back, the pool is cleared, so that no later command commits on it at the
    /// lower level.
    /// </summary>
    private async Task RestoreSynchronousAsync()
    {
        if (_restoreSynchronous is not { } level || _connection is not SqliteConnection sqlite)
        {
            return;
        }

        _restoreSynchronous = null;
        try
        {
            await ScalarAsync($"PRAGMA synchronous = {level};", null, CancellationToken.None);
        }
        catch
        {
            SqliteConnection.ClearPool(sqlite);
            throw;
        }
    }

    private void Follow(DbTransaction? transaction)
    {
        foreach (var context in _contexts)
        {
            // A context disposed before its scope no longer follows the session.
            try
            {
                context.Database.UseTransaction(transaction);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Transaction?.Dispose();
            _connection.Dispose();
        }
        finally
        {
            ReleaseWriteGate();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Transaction is not null)
            {
                await Transaction.DisposeAsync();
            }

            await _connection.DisposeAsync();
        }
        finally
        {
            ReleaseWriteGate();
        }
    }
}
