using System.Data.Common;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
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
    /// <remarks>
    /// Read from the assembly's metadata when it has a file: loading every type of the core's assembly (its views among
    /// them) to find a few migrations took a restart 20-30 ms. The types' attributes are the same either way.
    /// </remarks>
    public static IReadOnlyList<string> Known(Type providerContext) =>
        (string.IsNullOrEmpty(providerContext.Assembly.Location) ? KnownByReflection(providerContext) : KnownFromMetadata(providerContext))
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static IEnumerable<string> KnownByReflection(Type providerContext) =>
        providerContext.Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && t.IsSubclassOf(typeof(Migration))
                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == providerContext)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>();

    private static List<string> KnownFromMetadata(Type providerContext)
    {
        using var file = new PEReader(File.OpenRead(providerContext.Assembly.Location));
        var metadata = file.GetMetadataReader();
        var ids = new List<string>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.Abstract) != 0 || type.GetGenericParameters().Count > 0)
            {
                continue;
            }

            string? id = null;
            var forContext = false;
            foreach (var attributeHandle in type.GetCustomAttributes())
            {
                var attribute = metadata.GetCustomAttribute(attributeHandle);
                if (IsAttribute(metadata, attribute, typeof(MigrationAttribute)))
                {
                    id = FirstStringArgument(metadata, attribute);
                }
                else if (IsAttribute(metadata, attribute, typeof(DbContextAttribute)))
                {
                    // A type argument is written as the type's name, assembly-qualified when it lives in another assembly.
                    var named = FirstStringArgument(metadata, attribute);
                    forContext = named is not null && (named == providerContext.FullName || named.StartsWith(providerContext.FullName + ",", StringComparison.Ordinal));
                }
            }

            if (id is not null && forContext && DerivesFromMigration(metadata, type))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static bool IsAttribute(MetadataReader metadata, CustomAttribute attribute, Type attributeType)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var parent = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        return parent.Kind == HandleKind.TypeReference && IsNamed(metadata, metadata.GetTypeReference((TypeReferenceHandle)parent), attributeType);
    }

    // A migration derives from EF Core's Migration directly, as every generated one does; EF Core itself would also take
    // one deriving from it through a class of ours, which this project has none of (the test holds the two to each other).
    private static bool DerivesFromMigration(MetadataReader metadata, TypeDefinition type) =>
        type.BaseType.Kind == HandleKind.TypeReference && IsNamed(metadata, metadata.GetTypeReference((TypeReferenceHandle)type.BaseType), typeof(Migration));

    private static bool IsNamed(MetadataReader metadata, TypeReference reference, Type type) =>
        metadata.StringComparer.Equals(reference.Name, type.Name) && metadata.StringComparer.Equals(reference.Namespace, type.Namespace!);

    private static string? FirstStringArgument(MetadataReader metadata, CustomAttribute attribute)
    {
        var value = metadata.GetBlobReader(attribute.Value);
        return value.Length > 2 && value.ReadUInt16() == 1 ? value.ReadSerializedString() : null;
    }

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
