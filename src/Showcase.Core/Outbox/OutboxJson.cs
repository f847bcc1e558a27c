using System.Text.Json;

namespace Showcase.Core.Outbox;

/// <summary>How outbox rows name types and write payloads.</summary>
internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary><c>Full.Name, Assembly</c>: stable across versions of the assembly.</summary>
    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type? ResolveType(string name) => Type.GetType(name, throwOnError: false);
}
