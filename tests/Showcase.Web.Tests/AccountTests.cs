using System.Net;
using Microsoft.AspNetCore.Identity;
using Shouldly;
using Showcase.Abstractions.Security;
using Showcase.Core.Identity;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>Signing in, lockout, the forced password change and 403s, over HTTP with antiforgery tokens.</summary>
public sealed class AccountTests(ShowcaseWebFactory host) : IClassFixture<ShowcaseWebFactory>
{
    private const string Password = "correct-horse-42";

    [Fact]
    public async Task Signing_in_with_the_right_password_leads_to_the_dashboard()
    {
        await host.CreateUserAsync("manager1", Password, roles: Roles.ProgramManager);
        using var browser = host.NewSession();

        var signIn = await browser.SignInAsync("manager1", Password);

        signIn.Status.ShouldBe(HttpStatusCode.Redirect);
        signIn.Location.ShouldBe("/admin");
        var dashboard = await browser.GetAsync("/admin");
        dashboard.Status.ShouldBe(HttpStatusCode.OK);
        dashboard.Layout.ShouldBe("admin");
        dashboard.Html.ShouldContain("data-testid=\"dashboard-modules\"");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_no_cookie()
    {
        await host.CreateUserAsync("editor1", Password, roles: Roles.CommunityEditor);
        using var browser = host.NewSession();

        var signIn = await browser.SignInAsync("editor1", "wrong-password-1");

        signIn.Status.ShouldBe(HttpStatusCode.OK);
        signIn.Html.ShouldContain("用户名或密码不正确");
        (await browser.GetAsync("/admin")).Location.ShouldEndWith("/account/login?ReturnUrl=%2Fadmin");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused_too()
    {
        await host.CreateUserAsync("judge1", Password, roles: Roles.Judge);
        using var browser = host.NewSession();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (await browser.SignInAsync("judge1", $"wrong-password-{attempt}")).Html.ShouldContain("用户名或密码不正确");
        }

        var fifth = await browser.SignInAsync("judge1", "wrong-password-5");
        var afterwards = await browser.SignInAsync("judge1", Password);

        fifth.Html.ShouldContain("用户名或密码不正确");
        afterwards.Status.ShouldBe(HttpStatusCode.OK);
        afterwards.Html.ShouldContain("用户名或密码不正确");
        var locked = await host.WithServiceAsync<UserManager<ShowcaseUser>, bool>(async users => await users.IsLockedOutAsync((await users.FindByNameAsync("judge1"))!));
        locked.ShouldBeTrue();
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_name_read_the_same_so_names_cannot_be_found_out()
    {
        await host.CreateUserAsync("judge-locked", Password, roles: Roles.Judge);
        using var browser = host.NewSession();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await browser.SignInAsync("judge-locked", $"wrong-password-{attempt}");
        }

        var locked = await browser.SignInAsync("judge-locked", "wrong-password-6");
        var unknown = await browser.SignInAsync("nobody-by-this-name", "wrong-password-6");

        Message(locked.Html).ShouldBe(Message(unknown.Html));
        Message(locked.Html).ShouldContain("用户名或密码不正确");
        Message(locked.Html).ShouldNotContain("锁定");

        static string Message(string html) => System.Text.RegularExpressions.Regex.Match(html, "<div[^>]*form-errors[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
    }

    [Fact]
    public async Task A_user_with_a_temporary_password_must_change_it_before_anything_else()
    {
        await host.CreateUserAsync("newcomer", Password, mustChangePassword: true, Roles.Auditor);
        using var browser = host.NewSession();

        var signIn = await browser.SignInAsync("newcomer", Password);
        var dashboard = await browser.GetAsync("/admin");
        var publicPage = await browser.GetAsync("/");

        signIn.Location.ShouldBe("/account/change-password?returnUrl=%2Fadmin");
        dashboard.Status.ShouldBe(HttpStatusCode.Redirect);
        dashboard.Location.ShouldBe("/account/change-password?returnUrl=%2Fadmin");
        publicPage.Location.ShouldBe("/account/change-password?returnUrl=%2F");

        var changed = await browser.SubmitAsync("/account/change-password?returnUrl=%2Fadmin", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Password,
            ["Input.NewPassword"] = "brand-new-secret-7",
            ["Input.ConfirmPassword"] = "brand-new-secret-7",
            ["ReturnUrl"] = "/admin",
        });

        changed.Status.ShouldBe(HttpStatusCode.Redirect);
        changed.Location.ShouldBe("/admin");
        (await browser.GetAsync("/admin")).Status.ShouldBe(HttpStatusCode.OK);
        var mustChange = await host.WithServiceAsync<UserManager<ShowcaseUser>, bool>(async users => (await users.FindByNameAsync("newcomer"))!.MustChangePassword);
        mustChange.ShouldBeFalse();
    }

    [Fact]
    public async Task A_new_password_that_breaks_the_rules_is_refused_and_the_old_one_still_works()
    {
        await host.CreateUserAsync("rulebreaker", Password, mustChangePassword: true, Roles.Auditor);
        using var browser = host.NewSession();
        await browser.SignInAsync("rulebreaker", Password);

        var refused = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Password,
            ["Input.NewPassword"] = "short1",
            ["Input.ConfirmPassword"] = "short1",
        });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Html.ShouldContain("密码至少需要 10 个字符");
        var stillOld = await host.WithServiceAsync<UserManager<ShowcaseUser>, bool>(async users => await users.CheckPasswordAsync((await users.FindByNameAsync("rulebreaker"))!, Password));
        stillOld.ShouldBeTrue();
    }

    [Fact]
    public async Task A_user_without_the_permission_gets_403_on_an_admin_page()
    {
        await host.CreateUserAsync("judge2", Password, roles: Roles.Judge);
        using var browser = host.NewSession();
        await browser.SignInAsync("judge2", Password);

        var users = await browser.GetAsync("/admin/users");
        var settings = await browser.GetAsync("/admin/settings");
        var dashboard = await browser.GetAsync("/admin");

        users.Status.ShouldBe(HttpStatusCode.Forbidden);
        users.Layout.ShouldBe("admin");
        users.Html.ShouldContain("无权访问");
        settings.Status.ShouldBe(HttpStatusCode.Forbidden);
        dashboard.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_signed_in_user_without_any_role_cannot_enter_the_admin_screens()
    {
        await host.CreateUserAsync("nobody", Password);
        using var browser = host.NewSession();
        await browser.SignInAsync("nobody", Password);

        (await browser.GetAsync("/admin")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_then_back()
    {
        using var browser = host.NewSession();

        var users = await browser.GetAsync("/admin/users");

        users.Status.ShouldBe(HttpStatusCode.Redirect);
        users.Location.ShouldEndWith("/account/login?ReturnUrl=%2Fadmin%2Fusers");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await host.CreateUserAsync("leaver", Password, roles: Roles.Auditor);
        using var browser = host.NewSession();
        await browser.SignInAsync("leaver", Password);

        var signOut = await browser.SubmitAsync("/account/logout", new Dictionary<string, string>());

        signOut.Location.ShouldBe("/");
        (await browser.GetAsync("/admin")).Location.ShouldEndWith("/account/login?ReturnUrl=%2Fadmin");
    }
}
