using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Showcase.Core.Hosting;

namespace Showcase.Core.Data;

/// <summary>
/// One database connection per DI scope, shared by every module's DbContext in that scope, so that
/// a recipe or an import can run across several modules' contexts in one transaction.
/// </summary>
public sealed class DbSession : IAsyncDisposable, IDisposable
{
    // Worked out once per options instance (one per host), not for every request's session: it resolves the
    // data folder's full path and builds the string with a connection string builder.
    private static readonly ConditionalWeakTable<ShowcaseOptions, string> SqliteConnectionStrings = new();

    private readonly DbConnection _connection;

    public DbSession(IOptions<ShowcaseOptions> options)
    {
        var database = options.Value.Database;
        Provider = database.Provider;
        _connection = Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(SqliteConnectionStrings.GetValue(options.Value, ConnectionStrings.Sqlite)),
            DatabaseProvider.Postgres => new NpgsqlConnection(ConnectionStrings.Postgres(options.Value)),
            _ => throw new InvalidOperationException($"Unknown database provider '{Provider}'."),
        };
    }

    public DatabaseProvider Provider { get; }

    public DbConnection Connection => _connection;

    public DbTransaction? Transaction { get; private set; }

    /// <summary>Raised when a transaction begins, so that contexts already created in the scope join it.</summary>
    internal event Action<DbTransaction?>? TransactionChanged;

    /// <summary>Begins the scope's transaction. Every module DbContext of this scope runs inside it until it ends.</summary>
    public async Task<DbTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        if (Transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already running in this scope.");
        }

        if (_connection.State != System.Data.ConnectionState.Open)
        {
            await _connection.OpenAsync(cancellationToken);
        }

        Transaction = await _connection.BeginTransactionAsync(cancellationToken);
        TransactionChanged?.Invoke(Transaction);
        return Transaction;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        var transaction = Transaction ?? throw new InvalidOperationException("No transaction is running.");
        await transaction.CommitAsync(cancellationToken);
        await EndAsync(transaction);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (Transaction is { } transaction)
        {
            await transaction.RollbackAsync(cancellationToken);
            await EndAsync(transaction);
        }
    }

    private async Task EndAsync(DbTransaction transaction)
    {
        Transaction = null;
        TransactionChanged?.Invoke(null);
        await transaction.DisposeAsync();
    }

    public void Dispose()
    {
        Transaction?.Dispose();
        _connection.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null)
        {
            await Transaction.DisposeAsync();
        }

        await _connection.DisposeAsync();
    }
}
