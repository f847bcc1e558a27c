using Microsoft.Data.Sqlite;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Hosting;

namespace Showcase.Core.Data;

/// <summary>Where the database is, from <see cref="ShowcaseOptions"/>.</summary>
public static class ConnectionStrings
{
    public static string Sqlite(ShowcaseOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Database.ConnectionString))
        {
            return options.Database.ConnectionString;
        }

        if (string.IsNullOrWhiteSpace(options.DataDir))
        {
            throw new InvalidOperationException("Showcase:DataDir (or --data-dir) is empty: give the data folder, e.g. --data-dir App_Data.");
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Path.GetFullPath(options.DataDir), "showcase.db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public static string Postgres(ShowcaseOptions options) =>
        string.IsNullOrWhiteSpace(options.Database.ConnectionString)
            ? throw new InvalidOperationException("Showcase:Database:ConnectionString is required when Showcase:Database:Provider is Postgres.")
            : options.Database.ConnectionString;
}
