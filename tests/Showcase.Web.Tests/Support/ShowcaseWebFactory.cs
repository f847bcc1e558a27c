using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Security;
using Showcase.Core.Identity;
using Showcase.Testing;

namespace Showcase.Web.Tests.Support;

/// <summary>
/// The whole Showcase host in process (the test project's references add the test theme), on a fresh
/// SQLite database in its own temporary folder, without demo data. One per test class.
/// </summary>
public sealed class ShowcaseWebFactory : ShowcaseWebApplicationFactory<Program>
{
    /// <summary>The one public constructor, for class fixtures.</summary>
    public ShowcaseWebFactory()
    {
    }

    /// <param name="configureServices">Test services added after the application's (e.g. a command counter).</param>
    internal ShowcaseWebFactory(Action<IServiceCollection> configureServices)
        : base(null, configureServices)
    {
    }

    /// <param name="settings">Configuration for this host (e.g. a check interval).</param>
    /// <param name="configureServices">Test services added after the application's (e.g. a clock).</param>
    internal ShowcaseWebFactory(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection> configureServices)
        : base(settings, configureServices)
    {
    }

    /// <summary>A browser-like session: keeps cookies, does not follow redirects.</summary>
    public WebSession NewSession() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Creates a user directly (not through the pages under test) with a known password and roles.</summary>
    public async Task<ShowcaseUser> CreateUserAsync(string userName, string password, bool mustChangePassword = false, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShowcaseUser>>();
        var user = new ShowcaseUser { UserName = userName, DisplayName = userName, MustChangePassword = mustChangePassword };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        return user;
    }

    public Task<bool> UserExistsAsync(string userName) =>
        WithServiceAsync<UserManager<ShowcaseUser>, bool>(async users => await users.FindByNameAsync(userName) is not null);

    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
