using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Shouldly;
using Showcase.Abstractions.Modules;
using Xunit.Abstractions;

namespace Showcase.E2E;

/// <summary>
/// A person's first run, in a real browser: read the admin password the host printed, sign in, change
/// the password, find the dashboard with every module's menus; then the public site, in two languages
/// and on a phone. Screenshots of each step go to <see cref="BrowserHost.ScreenshotFolder"/>.
/// </summary>
public sealed class AdminFirstRunTests(BrowserHost host, ITestOutputHelper output) : IClassFixture<BrowserHost>, IDisposable
{
    private readonly HostTranscript _transcript = new(host.Site, output);

    private const string NewAdminPassword = "e2e-admin-password-2026";

    [SkippableFact]
    public async Task The_first_administrator_signs_in_changes_the_password_sees_every_menu_and_creates_a_judge()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);
        var page = await host.NewPageAsync();

        await page.GotoAsync("/");
        await BrowserHost.ScreenshotAsync(page, "01-home-zh");
        await page.GetByRole(AriaRole.Link, new() { Name = "登录", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/account/login$"));
        await BrowserHost.ScreenshotAsync(page, "02-login");

        await SignInAsync(page, "admin", host.AdminPassword);
        await page.WaitForPageAsync(new Regex("/account/change-password"));
        (await page.GetByRole(AriaRole.Note).InnerTextAsync()).ShouldContain("临时密码");
        await BrowserHost.ScreenshotAsync(page, "03-change-password");
        await ChangePasswordAsync(page, host.AdminPassword, NewAdminPassword);
        await page.WaitForPageAsync(new Regex("/admin$"));
        await BrowserHost.ScreenshotAsync(page, "04-dashboard");

        // The navigation: the core's own entries, and every entry is also on the dashboard.
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "管理导航" });
        var navigationLinks = await navigation.GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        navigationLinks.ShouldContain("/admin/users");
        navigationLinks.ShouldContain("/admin/settings");
        var dashboardLinks = await page.Locator("[data-testid=dashboard-menus] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        dashboardLinks.ShouldBe(navigationLinks.Where(l => l != "/admin").ToArray(), ignoreOrder: false);

        // The installed modules: every module and theme the host was built with.
        var modulesTable = await page.Locator("[data-testid=dashboard-modules]").InnerTextAsync();
        foreach (var module in BuiltModules())
        {
            modulesTable.ShouldContain(module.Id);
        }

        // A judge is created with a temporary password, shown once.
        await navigation.GetByRole(AriaRole.Link, new() { Name = "用户管理" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "新建用户" }).ClickAsync();
        await page.GetByLabel("用户名").FillAsync("judge01");
        await page.GetByLabel("显示名称").FillAsync("评委一");
        // The unit is picked from the organisation tree (empty here: this site has no demo data), never typed.
        (await page.GetByLabel("组织单位代码").EvaluateAsync<string>("e => e.tagName")).ShouldBe("SELECT");
        await page.GetByLabel("组织单位代码").SelectOptionAsync("");
        await page.GetByLabel("评委").CheckAsync();
        await BrowserHost.ScreenshotAsync(page, "05-create-user");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建用户并生成临时密码" }).ClickAsync();
        var judgePassword = await page.GetByTestId("temporary-password").InnerTextAsync();
        await BrowserHost.ScreenshotAsync(page, "06-user-created");
        await page.GotoAsync("/admin/users");
        (await page.Locator("table").InnerTextAsync()).ShouldContain("评委一");
        await BrowserHost.ScreenshotAsync(page, "07-users");
        await page.GotoAsync("/admin/settings");
        await BrowserHost.ScreenshotAsync(page, "08-settings");

        // The judge changes the temporary password, and the users page is not theirs.
        var judge = await host.NewPageAsync(width: 390, height: 844);
        await judge.GotoAsync("/account/login");
        await SignInAsync(judge, "judge01", judgePassword);
        await ChangePasswordAsync(judge, judgePassword, "judge-password-2026");
        await judge.WaitForPageAsync(new Regex("/admin$"));
        await BrowserHost.ScreenshotAsync(judge, "09-judge-dashboard-phone");
        var refused = await judge.GotoAsync("/admin/users");
        refused!.Status.ShouldBe(403);
        (await judge.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("无权访问");
        await BrowserHost.ScreenshotAsync(judge, "10-access-denied-phone");
    }

    [SkippableFact]
    public async Task The_public_home_page_welcomes_in_Chinese_switches_to_English_and_fits_a_phone()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.SkipReason);
        var page = await host.NewPageAsync();

        await page.GotoAsync("/");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldContain("一社一品");
        (await page.Locator(".figure-value").AllTextContentsAsync()).ShouldContain("798");

        // The first Tab reaches the skip link.
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("跳到正文");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/$"));
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("One community, one brand");
        await BrowserHost.ScreenshotAsync(page, "11-home-en");

        var phone = await host.NewPageAsync(width: 390, height: 844);
        await phone.GotoAsync("/");
        var overflow = await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        overflow.ShouldBeFalse("the home page scrolls sideways on a phone");
        await BrowserHost.ScreenshotAsync(phone, "12-home-phone");
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    private static async Task ChangePasswordAsync(IPage page, string current, string next)
    {
        await page.GetByLabel("当前密码").FillAsync(current);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync(next);
        await page.GetByLabel("确认新密码").FillAsync(next);
        await page.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
    }

    private static IEnumerable<ModuleDescriptor> BuiltModules()
    {
        var assemblies = Directory.EnumerateFiles(AppContext.BaseDirectory, "Showcase.*.dll")
            .Select(path => Assembly.LoadFrom(path));
        return ModuleCatalog.Build(assemblies).Modules;
    }

    public void Dispose() => _transcript.Dispose();
}
