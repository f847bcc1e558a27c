using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Security;
using Showcase.Testing;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>
/// A signed-in user's stamp and lockout are kept in memory between requests. Changes saved through this host are
/// seen at once (<see cref="UsersAdminTests"/>); these tests write the row as another node or a command-line
/// recipe would, behind the host's back, and show the bound <c>Showcase:Identity:UserCheckMaxAge</c> puts on it.
/// </summary>
public sealed class SignedInUserCheckTests
{
    private const string Password = "check-tests-pass-1";

    [Fact]
    public async Task A_lock_written_elsewhere_takes_effect_once_the_check_interval_has_passed()
    {
        var clock = new TestClock();
        using var web = new ShowcaseWebFactory(new Dictionary<string, string> { ["Showcase:Identity:UserCheckMaxAge"] = "00:00:10" }, services => services.AddSingleton<TimeProvider>(clock));
        using var manager = await SignedInManagerAsync(web);

        await LockBehindTheHostsBackAsync(web);
        var within = await manager.GetAsync("/admin");
        clock.Now += TimeSpan.FromSeconds(11);
        var after = await manager.GetAsync("/admin");

        within.Status.ShouldBe(HttpStatusCode.OK);
        after.Status.ShouldBe(HttpStatusCode.Redirect);
        after.Location!.ShouldContain("/account/login");
    }

    [Fact]
    public async Task With_no_check_interval_a_lock_written_elsewhere_takes_effect_at_the_next_request()
    {
        using var web = new ShowcaseWebFactory(new Dictionary<string, string> { ["Showcase:Identity:UserCheckMaxAge"] = "00:00:00" }, services => { });
        using var manager = await SignedInManagerAsync(web);

        await LockBehindTheHostsBackAsync(web);
        var next = await manager.GetAsync("/admin");

        next.Status.ShouldBe(HttpStatusCode.Redirect);
        next.Location!.ShouldContain("/account/login");
    }

    private static async Task<WebSession> SignedInManagerAsync(ShowcaseWebFactory web)
    {
        await web.CreateUserAsync("checked-manager", Password, roles: Roles.ProgramManager);
        var session = web.NewSession();
        (await session.SignInAsync("checked-manager", Password)).Location.ShouldBe("/admin");
        (await session.GetAsync("/admin")).Status.ShouldBe(HttpStatusCode.OK);
        (await session.GetAsync("/admin")).Status.ShouldBe(HttpStatusCode.OK);
        return session;
    }

    /// <summary>Locks the manager with plain SQL on the database file, as another process would: no save of this host's contexts sees it.</summary>
    private static async Task LockBehindTheHostsBackAsync(ShowcaseWebFactory web)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(web.DataDir, "showcase.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE \"Core_AspNetUsers\" SET \"LockoutEnd\" = '9999-12-31 23:59:59+00:00' WHERE \"UserName\" = 'checked-manager'";
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }
}
