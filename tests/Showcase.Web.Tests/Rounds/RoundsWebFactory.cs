using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Testing;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests.Rounds;

/// <summary>The host in process, fresh SQLite, no demo data at start, with the settings a rounds test gives.</summary>
public sealed class RoundsWebFactory(IReadOnlyDictionary<string, string> settings) : ShowcaseWebApplicationFactory<Program>(settings)
{
    public WebSession NewSession() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
