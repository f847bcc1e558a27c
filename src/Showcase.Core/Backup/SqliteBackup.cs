using System.Text;
using Microsoft.Data.Sqlite;

namespace Showcase.Core.Backup;

/// <summary>
/// Copies of the SQLite database made and put back with SQLite's online backup API, which copies a
/// consistent snapshot while the site keeps running and writes its destination in one transaction.
/// A restore therefore either replaces the whole database or leaves it as it was.
/// </summary>
internal static class SqliteBackup
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>Copies the live database to <paramref name="target"/> (a staged temp file, moved into place when complete).</summary>
    public static void Create(string liveDatabase, string target)
    {
        if (!File.Exists(liveDatabase))
        {
            throw new BackupException($"There is no database at {liveDatabase} to back up.");
        }

        if (SamePath(liveDatabase, target))
        {
            throw new BackupException("The backup file cannot be the live database itself.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var staged = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var source = Open(liveDatabase, SqliteOpenMode.ReadWrite))
            using (var copy = Open(staged, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(copy);
                // A backup is one self-contained file, whatever journal mode the live database uses.
                Execute(copy, "PRAGMA journal_mode=DELETE;");
            }

            File.Move(staged, target, overwrite: true);
        }
        finally
        {
            File.Delete(staged);
        }
    }

    /// <summary>
    /// Checks that <paramref name="file"/> is a readable, undamaged SQLite database and returns its tables
    /// and the rows of its migration history tables; says clearly what is wrong otherwise.
    /// </summary>
    public static BackupContents Inspect(string file)
    {
        if (!File.Exists(file))
        {
            throw new BackupException($"There is no file at {file}.");
        }

        var header = new byte[Header.Length];
        using (var stream = File.OpenRead(file))
        {
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan().SequenceEqual(Header))
            {
                throw new BackupException($"{file} is not a SQLite database, so it is not a Showcase backup.");
            }
        }

        try
        {
            using var connection = Open(file, SqliteOpenMode.ReadOnly);
            var check = Query(connection, "PRAGMA quick_check;").FirstOrDefault();
            if (check != "ok")
            {
                throw new BackupException($"{file} is a damaged SQLite database ({check}).");
            }

            var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table';").ToHashSet(StringComparer.Ordinal);
            var history = tables
                .Where(t => t.StartsWith("__", StringComparison.Ordinal) && t.EndsWith("_Migrations", StringComparison.Ordinal))
                .ToDictionary(t => t, t => (IReadOnlyList<string>)Query(connection, $"SELECT MigrationId FROM \"{t}\";").ToList(), StringComparer.Ordinal);
            return new BackupContents(tables, history);
        }
        catch (SqliteException e)
        {
            throw new BackupException($"{file} cannot be read as a SQLite database: {e.Message}");
        }
    }

    /// <summary>
    /// Puts <paramref name="backup"/> in place of the live database: first copied to a temp file beside
    /// the database and checked there, then written over the live database in a single transaction.
    /// </summary>
    public static void Restore(string backup, string liveDatabase)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(liveDatabase)!);
        var staged = $"{liveDatabase}.restore-{Guid.NewGuid():N}.tmp";
        try
        {
            using (var source = Open(backup, SqliteOpenMode.ReadOnly))
            using (var copy = Open(staged, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(copy);
                var check = Query(copy, "PRAGMA quick_check;").FirstOrDefault();
                if (check != "ok")
                {
                    throw new BackupException($"The copy of {backup} failed its check ({check}); nothing was changed.");
                }
            }

            using (var copy = Open(staged, SqliteOpenMode.ReadOnly))
            using (var live = Open(liveDatabase, SqliteOpenMode.ReadWriteCreate))
            {
                copy.BackupDatabase(live);
                Execute(live, "PRAGMA journal_mode=WAL;");
            }
        }
        finally
        {
            File.Delete(staged);
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        // No pooling: the files must be released when the verb is done with them.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}

/// <param name="Tables">Every table of the file.</param>
/// <param name="MigrationHistory">Each migration history table (<c>__Core_Migrations</c>, ...) with the migrations it lists.</param>
internal sealed record BackupContents(IReadOnlySet<string> Tables, IReadOnlyDictionary<string, IReadOnlyList<string>> MigrationHistory);

/// <summary>A backup or restore that cannot go ahead; the message says why and that nothing was changed.</summary>
internal sealed class BackupException(string message) : Exception(message);
