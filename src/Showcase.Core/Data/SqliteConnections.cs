using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Showcase.Core.Data;

/// <summary>
/// How Showcase connects to a SQLite file, and how its writers take turns.
/// <para>
/// SQLite lets one connection write at a time. When a second one finds the write lock taken, Microsoft.Data.Sqlite
/// retries its statement after sleeping 150 ms, however briefly the lock is held: a judge's submission that met another
/// one waited 150 ms or more for a lock held 5 ms, with a thread-pool thread asleep all the while. Two remedies:
/// </para>
/// <list type="bullet">
/// <item>every connection gets SQLite's own busy handler (<c>sqlite3_busy_timeout</c>, the connection's default timeout),
/// which tries again after 1, 2, 5, 10 … ms, so a writer from another process (a CLI verb, Quartz's store) waits about as
/// long as the lock is held;</item>
/// <item>the host's own transactions queue for the file's <see cref="WriteGate"/> before they begin, first come first
/// served, without holding a thread, and the lock passes to the next one as soon as the last commits.</item>
/// </list>
/// </summary>
public static class SqliteConnections
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> GatesByFile = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> GatesByConnectionString = new(StringComparer.Ordinal);

    /// <summary>A connection to <paramref name="connectionString"/> whose every open sets SQLite's busy handler.</summary>
    public static SqliteConnection Create(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.StateChange += SetBusyTimeout;
        return connection;
    }

    /// <summary>A data source (for Quartz's store) whose connections are made by <see cref="Create"/>.</summary>
    public static DbDataSource DataSource(string connectionString) => new BusyTimeoutDataSource(connectionString);

    /// <summary>
    /// The in-process turn for writing to the file a connection string names: one per file, shared by every host in the
    /// process. The connection string is parsed once, not at every transaction.
    /// </summary>
    public static SemaphoreSlim WriteGate(string connectionString) =>
        GatesByConnectionString.GetOrAdd(connectionString, static connectionString =>
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            var file = builder.DataSource is "" or ":memory:" || builder.Mode == SqliteOpenMode.Memory
                ? connectionString
                : Path.GetFullPath(builder.DataSource);
            return GatesByFile.GetOrAdd(file, static _ => new SemaphoreSlim(1, 1));
        });

    private static void SetBusyTimeout(object sender, StateChangeEventArgs e)
    {
        if (e.CurrentState == ConnectionState.Open && sender is SqliteConnection { Handle: { } handle } connection)
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, connection.DefaultTimeout == 0 ? int.MaxValue : checked(connection.DefaultTimeout * 1000));
        }
    }

    private sealed class BusyTimeoutDataSource(string connectionString) : DbDataSource
    {
        public override string ConnectionString => connectionString;

        protected override DbConnection CreateDbConnection() => Create(connectionString);
    }
}
