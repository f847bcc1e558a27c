using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Modules;
using Showcase.Core.Backup;

namespace Showcase.Core.Recipes;

/// <summary>
/// Demo data prepared once from the default recipe (<c>demo-data prepare</c>, run by a publish for a runtime), which a
/// first start on SQLite copies into its new data folder instead of applying the recipe: the same rows and search
/// indexes, without the recipe's seconds of first-time work on the way to the first page.
/// </summary>
/// <remarks>
/// The folder mirrors a data folder: <c>showcase.db</c> (one self-contained file), the search indexes and any uploads,
/// and <c>prepared.txt</c>, whose first line hashes the default recipe and the build of the core and of every module. A
/// start copies the folder only when the stamp is its own, so a changed recipe, module or set of modules applies the
/// recipe as before. Nothing in it belongs to one installation: the first administrator, their password and the keys
/// are made by each installation's first start (<see cref="StartupContext.PreparingDemoData"/>).
/// </remarks>
internal sealed class PreparedDemoData(IOptions<ShowcaseOptions> options, ModuleCatalog catalog, ILogger<PreparedDemoData> logger)
{
    public const string DatabaseFileName = "showcase.db";

    public const string StampFileName = "prepared.txt";

    private const string MediaFolderName = "media";

    /// <summary>Where a start looks for prepared demo data: <c>Showcase:PreparedDemoDataDir</c>, or <c>DemoData</c> beside the application.</summary>
    public string Folder => Path.GetFullPath(options.Value.PreparedDemoDataDir is { Length: > 0 } folder
        ? folder
        : Path.Combine(AppContext.BaseDirectory, "DemoData"));

    /// <summary>The SQLite file this installation uses.</summary>
    public string DatabasePath => LiveDatabase.SqlitePath(options.Value);

    /// <summary>
    /// Copies the prepared demo data into a new data folder, before anything opens the database.
    /// </summary>
    /// <returns>the folder copied from; null when the start makes its database itself (no prepared data, another stamp,
    /// PostgreSQL, demo data switched off, or a data folder that is not new).</returns>
    public string? CopyIntoNewDataFolder()
    {
        // A restart stops at the first test that the database exists: one look at the file system.
        if (!options.Value.SeedDemoData || options.Value.Database.Provider != DatabaseProvider.Sqlite || File.Exists(DatabasePath))
        {
            return null;
        }

        var stampFile = Path.Combine(Folder, StampFileName);
        if (!File.Exists(stampFile))
        {
            return null;
        }

        var copies = Copies();
        if (copies.Select(c => c.Target).FirstOrDefault(Path.Exists) is { } existing)
        {
            logger.LogInformation("The data folder already holds {Path}: the default recipe runs instead of copying the prepared demo data", existing);
            return null;
        }

        if (File.ReadLines(stampFile).FirstOrDefault() != Hash())
        {
            logger.LogWarning(
                "The demo data in {Folder} was prepared from another default recipe or another build of the modules; the recipe runs instead",
                Folder);
            return null;
        }

        // The database last, under its name only when complete: a start stopped half way finds no database, and a
        // data folder that is no longer new, so the next start applies the recipe (and rebuilds the search indexes).
        foreach (var copy in copies)
        {
            Copy(copy.Source, copy.Target);
        }

        var staged = $"{DatabasePath}.prepared-{Guid.NewGuid():N}.tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        File.Copy(Path.Combine(Folder, DatabaseFileName), staged);
        File.Move(staged, DatabasePath);
        return Folder;
    }

    /// <summary>
    /// Writes what a <c>demo-data prepare</c> run made in this installation's data folder to <paramref name="target"/>:
    /// a copy of the database (SQLite's online backup), every other entry of the data folder and its uploads, then the stamp.
    /// </summary>
    public void WriteTo(string target)
    {
        var staging = $"{target.TrimEnd(Path.DirectorySeparatorChar)}.preparing-{Guid.NewGuid():N}";
        try
        {
            Directory.CreateDirectory(staging);
            SqliteBackup.Create(DatabasePath, Path.Combine(staging, DatabaseFileName));
            var dataDir = Path.GetFullPath(options.Value.DataDir);
            foreach (var entry in Directory.EnumerateFileSystemEntries(dataDir))
            {
                if (!Path.GetFileName(entry).StartsWith(DatabaseFileName, StringComparison.Ordinal))
                {
                    Copy(entry, Path.Combine(staging, Path.GetFileName(entry)));
                }
            }

            var media = Path.GetFullPath(options.Value.MediaRoot);
            if (Directory.Exists(media) && !Path.Exists(Path.Combine(staging, MediaFolderName)))
            {
                Copy(media, Path.Combine(staging, MediaFolderName));
            }

            File.WriteAllLines(Path.Combine(staging, StampFileName), [Hash(), $"prepared {DateTimeOffset.UtcNow:O}"]);
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>The default recipe's bytes and the build of the core and of every module in use.</summary>
    public string Hash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes("showcase demo data 1\n"));
        hash.AppendData(File.ReadAllBytes(DefaultRecipeTask.FilePath));
        foreach (var assembly in catalog.Modules.Select(m => m.Assembly).Prepend(typeof(PreparedDemoData).Assembly))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\n{assembly.GetName().Name} {assembly.ManifestModule.ModuleVersionId:N}"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Each prepared entry but the database and the stamp, and where it goes: uploads to the uploads folder, the rest to the data folder.</summary>
    private List<(string Source, string Target)> Copies()
    {
        var dataDir = Path.GetFullPath(options.Value.DataDir);
        return Directory.EnumerateFileSystemEntries(Folder)
            .Select(Path.GetFileName)
            .Where(name => name is not (DatabaseFileName or StampFileName))
            .Select(name => (Path.Combine(Folder, name!), name == MediaFolderName ? Path.GetFullPath(options.Value.MediaRoot) : Path.Combine(dataDir, name!)))
            .ToList();
    }

    /// <summary>Copies a file, or a folder with everything in it.</summary>
    internal static void Copy(string source, string target)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
            return;
        }

        Directory.CreateDirectory(target);
        foreach (var entry in Directory.EnumerateFileSystemEntries(source))
        {
            Copy(entry, Path.Combine(target, Path.GetFileName(entry)));
        }
    }
}
