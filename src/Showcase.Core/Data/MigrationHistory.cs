using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;

namespace Showcase.Core.Data;

/// <summary>
/// The migrations each module context has and the ones its database has applied, read without EF Core: asking a
/// context (<c>GetAppliedMigrations</c>, <c>GetMigrations</c>) builds its model, which is most of what a restart's
/// migration check cost, for contexts the first page may never use. A test holds both answers to EF Core's own.
/// </summary>
public static class MigrationHistory
{
    /// <summary>The migration ids of <paramref name="providerContext"/> (e.g. <c>SqliteCoreDbContext</c>) in order, as EF Core finds them: the types of its assembly that carry <see cref="MigrationAttribute"/> and name it in <see cref="DbContextAttribute"/>.</summary>
    public static IReadOnlyList<string> Known(Type providerContext) =>
        providerContext.Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && t.IsSubclassOf(typeof(Migration))
                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == providerContext)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The history table of a context: its own table on SQLite (one database, a prefix each), <c>__migrations</c> in its schema on PostgreSQL.</summary>
    public static (string? Schema, string Table) Table(ModuleDatabase database, DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? (database.Schema, "__migrations") : (null, $"__{database.TablePrefix}_Migrations");

    /// <summary>The applied migrations of every context, in two queries for all of them (which history tables exist, then their rows); a context whose table does not exist yet has none.</summary>
    public static async Task<Dictionary<Type, HashSet<string>>> ReadAppliedAsync(
        DbConnection connection, DatabaseProvider provider, IReadOnlyList<ModuleDatabase> databases, CancellationToken cancellationToken)
    {
        var applied = databases.ToDictionary(d => d.ContextType, _ => new HashSet<string>(StringComparer.Ordinal));
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        var existing = new HashSet<(string?, string)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = provider == DatabaseProvider.Postgres
                ? "SELECT table_schema, table_name FROM information_schema.tables WHERE table_name = '__migrations'"
                : "SELECT NULL, name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                existing.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1)));
            }
        }

        var present = databases.Where(d => existing.Contains(Table(d, provider))).ToList();
        if (present.Count == 0)
        {
            return applied;
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = string.Join(" UNION ALL ", present.Select((d, i) =>
            {
                var (schema, table) = Table(d, provider);
                var name = schema is null ? Quote(table) : $"{Quote(schema)}.{Quote(table)}";
                return $"SELECT {i}, {Quote("MigrationId")} FROM {name}";
            }));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied[present[Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)].ContextType].Add(reader.GetString(1));
            }
        }

        return applied;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
