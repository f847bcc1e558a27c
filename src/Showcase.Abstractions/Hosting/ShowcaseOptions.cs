namespace Showcase.Abstractions.Hosting;

/// <summary>The <c>Showcase</c> configuration section.</summary>
public sealed class ShowcaseOptions
{
    public const string Section = "Showcase";

    /// <summary>The data folder: SQLite file, uploads, search index, the first admin password. Default <c>App_Data</c>.</summary>
    public string DataDir { get; set; } = "App_Data";

    /// <summary>
    /// Where uploaded files are kept. Default <c>{DataDir}/media</c>. Several nodes share one folder that every node
    /// mounts (NFS, a shared volume): a node serves files that another node stored.
    /// </summary>
    public string? MediaDir { get; set; }

    /// <summary>The uploads folder in effect: <see cref="MediaDir"/>, or <c>media</c> under the data folder.</summary>
    public string MediaRoot => string.IsNullOrWhiteSpace(MediaDir) ? Path.Combine(DataDir, "media") : MediaDir;

    public DatabaseOptions Database { get; set; } = new();

    public ModulesOptions Modules { get; set; } = new();

    /// <summary>Whether the default recipe runs when the database is new. Tests switch it off.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>
    /// Demo data prepared from the default recipe when the application was published (<c>demo-data prepare</c>), which
    /// a first start on SQLite copies instead of applying the recipe. Default <c>DemoData</c> beside the application.
    /// </summary>
    public string? PreparedDemoDataDir { get; set; }

    /// <summary>
    /// How long after the host starts its background start-up work (the leaderboards' load, the search indexes' check)
    /// waits for the first response before it begins anyway (<see cref="IBackgroundStartGate"/>).
    /// Default 1 s.
    /// </summary>
    public TimeSpan BackgroundStartDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether a start renders the home page once inside the process while the server starts, so that the first
    /// visitor's request finds its views, queries and caches made. Default true; the in-process test hosts switch it off.
    /// </summary>
    public bool WarmUpHomePage { get; set; } = true;
}

public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For PostgreSQL, required. For SQLite, optional: default is <c>{DataDir}/showcase.db</c>.</summary>
    public string? ConnectionString { get; set; }
}

public sealed class ModulesOptions
{
    public List<string> Disabled { get; set; } = [];
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
