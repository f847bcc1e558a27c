using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Organizations.Data;
using Showcase.Testing;

namespace Showcase.Organizations.Tests;

/// <summary>A host with the Organizations module on a fresh database, and the recipe snippets the tests share.</summary>
internal static class OrganizationsHost
{
    public const string Tree = """
        { "step": "organizations", "units": [
            { "code": "CZ", "name": "池州市", "kind": "city" },
            { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
            { "code": "DZ", "name": "东至县", "kind": "district", "parent": "CZ" },
            { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
            { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" } ] }
        """;

    public static Task<ShowcaseTestHost> StartAsync(Action<IServiceCollection>? configure = null) =>
        ShowcaseTestHost.StartAsync([typeof(Startup).Assembly], configure);

    public static string Recipe(params string[] steps) => $$"""{ "name": "test", "steps": [ {{string.Join(", ", steps)}} ] }""";

    public static Task<Dictionary<string, (string Name, string Parent)>> UnitsAsync(this ShowcaseTestHost host) => host.InScopeAsync(services =>
        services.GetRequiredService<OrganizationsDbContext>().Units.ToDictionaryAsync(u => u.Code, u => (u.Name, u.ParentCode)));
}
