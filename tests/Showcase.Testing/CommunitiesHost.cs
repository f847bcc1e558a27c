using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Showcase.Testing;

/// <summary>
/// A migrated SQLite database with two communities in two districts and a clock the tests move, shared by a
/// test class (<c>IClassFixture&lt;CommunitiesHost&gt;</c>). For content modules' tests: brands, demo-site pages.
/// The test project must reference <c>Showcase.Organizations</c> (directly or through its module).
/// </summary>
public sealed class CommunitiesHost : IAsyncLifetime
{
    /// <summary>烟柳园社区 in 贵池区.</summary>
    public const string Community = "GC-QP-YLY";

    /// <summary>尧舜社区 in 东至县.</summary>
    public const string OtherCommunity = "DZ-YD-YS";

    public TestClock Clock { get; } = new();

    public ShowcaseTestHost Host { get; private set; } = null!;

    public Task InitializeAsync() => InitializeAsync(null);

    /// <param name="configure">Extra services, e.g. an event handler that records what the host delivers.</param>
    public async Task InitializeAsync(Action<IServiceCollection>? configure)
    {
        Host = await ShowcaseTestHost.StartAsync(configure: services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            configure?.Invoke(services);
        });
        await Host.RunRecipeAsync("""
            { "name": "communities", "steps": [
              { "step": "organizations", "units": [
                { "code": "CZ", "name": "池州市", "kind": "city" },
                { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
                { "code": "DZ", "name": "东至县", "kind": "district", "parent": "CZ" },
                { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
                { "code": "DZ-YD", "name": "尧渡镇", "kind": "street", "parent": "DZ" },
                { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" },
                { "code": "DZ-YD-YS", "name": "尧舜社区", "kind": "community", "parent": "DZ-YD" } ] } ] }
            """);
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => Host.InScopeAsync(work);

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}
