using Microsoft.Data.Sqlite;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Data;
using Showcase.Core.Hosting;

namespace Showcase.Core.Backup;

/// <summary>Where the database the verbs work on lives.</summary>
internal static class LiveDatabase
{
    public const string PostgresAdvice =
        "This site uses PostgreSQL: back it up and restore it with PostgreSQL's own tools, e.g. "
        + "`pg_dump --format=custom --file=showcase.dump <database>` and "
        + "`pg_restore --clean --if-exists --dbname=<database> showcase.dump`. Nothing was done.";

    public static string SqlitePath(ShowcaseOptions options) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionStrings.Sqlite(options)).DataSource);
}
