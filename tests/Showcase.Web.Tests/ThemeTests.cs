using System.Net;
using Shouldly;
using Showcase.Abstractions.Security;
using Showcase.Abstractions.Settings;
using Showcase.Core.Settings;
using Showcase.Themes.Testing;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>
/// Which theme renders a request, and where views are looked up: the active theme, its base theme,
/// then the module. The in-process host also has the test theme "Testing" (base theme: Red), which
/// ships its own _Layout and _Home and nothing else.
/// </summary>
public sealed class ThemeTests(ShowcaseWebFactory host) : IClassFixture<ShowcaseWebFactory>, IAsyncLifetime
{
    private const string AdminPassword = "theme-admin-pass-1";

    public async Task InitializeAsync()
    {
        if (await host.WithServiceAsync<Microsoft.AspNetCore.Identity.UserManager<Showcase.Core.Identity.ShowcaseUser>, bool>(async u => await u.FindByNameAsync("theme-admin") is null))
        {
            await host.CreateUserAsync("theme-admin", AdminPassword, roles: Roles.Administrator);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Account_and_admin_pages_use_the_admin_theme()
    {
        using var browser = host.NewSession();

        var login = await browser.GetAsync("/account/login");
        await browser.SignInAsync("theme-admin", AdminPassword);
        var dashboard = await browser.GetAsync("/admin");

        login.Layout.ShouldBe("admin");
        login.Html.ShouldContain("/_content/Showcase.Themes.Admin/admin.css");
        dashboard.Layout.ShouldBe("admin");
    }

    [Fact]
    public async Task Public_pages_use_the_default_theme_whose_home_replaces_the_core_one()
    {
        using var browser = host.NewSession();

        var home = await browser.GetAsync("/");

        home.Status.ShouldBe(HttpStatusCode.OK);
        home.Layout.ShouldBe("red");
        home.Html.ShouldContain("data-view=\"red-home\"");
        home.Html.ShouldNotContain("data-view=\"core-home\"");
        home.Html.ShouldContain("798");
    }

    [Fact]
    public async Task Changing_the_default_theme_in_the_settings_changes_the_public_layout()
    {
        using var browser = host.NewSession();
        await browser.SignInAsync("theme-admin", AdminPassword);

        try
        {
            var saved = await SaveSettingsAsync(browser, TestingTheme.Id);
            var home = await browser.GetAsync("/");

            saved.Status.ShouldBe(HttpStatusCode.Redirect);
            home.Layout.ShouldBe("testing");
        }
        finally
        {
            await SaveSettingsAsync(browser, "Showcase.Themes.Red");
        }

        (await browser.GetAsync("/")).Layout.ShouldBe("red");
    }

    [Fact]
    public async Task Views_are_looked_up_in_the_active_theme_then_its_base_theme_then_the_module()
    {
        using var browser = host.NewSession();
        await browser.SignInAsync("theme-admin", AdminPassword);

        try
        {
            await SaveSettingsAsync(browser, TestingTheme.Id);
            var home = await browser.GetAsync("/");

            // _Home: Testing has one, so neither Red's nor the core's is used.
            home.Html.ShouldContain("data-view=\"testing-home\"");
            home.Html.ShouldNotContain("data-view=\"red-home\"");
            home.Html.ShouldNotContain("data-view=\"core-home\"");

            // _SiteFooter: only Red (the base theme) has one.
            home.Html.ShouldContain("data-partial=\"red-footer\"");

            // _LanguageSwitch: no theme has one, so the core's (the module's) is used.
            home.Html.ShouldContain("data-partial=\"language-switch\"");
        }
        finally
        {
            await SaveSettingsAsync(browser, "Showcase.Themes.Red");
        }
    }

    [Fact]
    public async Task A_theme_selector_chooses_the_theme_for_its_own_routes()
    {
        using var browser = host.NewSession();

        var selected = await browser.GetAsync(TestingTheme.SelectorPath + "/no-such-page");
        var elsewhere = await browser.GetAsync("/no-such-page");

        selected.Status.ShouldBe(HttpStatusCode.NotFound);
        selected.Layout.ShouldBe("testing");
        elsewhere.Status.ShouldBe(HttpStatusCode.NotFound);
        elsewhere.Layout.ShouldBe("red");
        elsewhere.Html.ShouldContain("页面不存在");
    }

    [Fact]
    public async Task An_error_page_takes_the_theme_of_the_address_asked_for()
    {
        using var browser = host.NewSession();
        await browser.SignInAsync("theme-admin", AdminPassword);

        var missingAdminPage = await browser.GetAsync("/admin/no-such-page");

        missingAdminPage.Status.ShouldBe(HttpStatusCode.NotFound);
        missingAdminPage.Layout.ShouldBe("admin");
    }

    [Fact]
    public async Task The_settings_page_refuses_a_theme_that_is_not_an_installed_public_theme()
    {
        using var browser = host.NewSession();
        await browser.SignInAsync("theme-admin", AdminPassword);

        var refused = await SaveSettingsAsync(browser, "Showcase.Themes.Admin");

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Html.ShouldContain("不是公共主题");
        var settings = await host.WithServiceAsync<SiteSettingsStore, SiteSettings>(s => s.GetAsync());
        settings.DefaultTheme.ShouldBe("Showcase.Themes.Red");
    }

    private static Task<WebSession.Page> SaveSettingsAsync(WebSession browser, string theme) =>
        browser.SubmitAsync("/admin/settings", new Dictionary<string, string>
        {
            ["Input.SiteName"] = "池州社区党建品牌展示平台",
            ["Input.DefaultTheme"] = theme,
            ["Input.ContactLine"] = "",
        });
}
