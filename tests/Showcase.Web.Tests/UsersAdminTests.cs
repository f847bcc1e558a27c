using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Shouldly;
using Showcase.Abstractions.Security;
using Showcase.Core.Identity;
using Showcase.Core.Recipes;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>User management by an administrator, through the admin pages.</summary>
public sealed partial class UsersAdminTests(ShowcaseWebFactory host) : IClassFixture<ShowcaseWebFactory>, IAsyncLifetime
{
    private const string AdminPassword = "users-admin-pass-1";

    public async Task InitializeAsync()
    {
        if (await FindAsync("users-admin") is null)
        {
            await host.CreateUserAsync("users-admin", AdminPassword, roles: Roles.Administrator);
            // The units the user form offers: a small tree, as the organisations module keeps it.
            var result = await host.WithServiceAsync<RecipeRunner, RecipeResult>(runner => runner.RunAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("""
                { "name": "units", "steps": [ { "step": "organizations", "units": [
                  { "code": "CZ", "name": "池州市", "kind": "city" },
                  { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
                  { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
                  { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" } ] } ] }
                """)), "test"));
            result.Steps.Count.ShouldBe(1);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_created_user_gets_a_temporary_password_shown_once_and_must_change_it()
    {
        using var admin = await SignedInAdminAsync();

        var created = await admin.SubmitAsync("/admin/users/create", new Dictionary<string, string>
        {
            ["Input.UserName"] = "editor-yly",
            ["Input.Fields.DisplayName"] = "烟柳园社区编辑",
            ["Input.Fields.UnitCode"] = "GC-QP-YLY",
        }, repeated: [new("Input.Fields.Roles", Roles.CommunityEditor)]);

        created.Status.ShouldBe(HttpStatusCode.OK);
        var password = TemporaryPassword(created.Html);
        var user = await FindAsync("editor-yly");
        user!.DisplayName.ShouldBe("烟柳园社区编辑");
        user.UnitCode.ShouldBe("GC-QP-YLY");
        user.MustChangePassword.ShouldBeTrue();
        (await admin.GetAsync("/admin/users")).Html.ShouldNotContain(password);

        using var editor = host.NewSession();
        var signIn = await editor.SignInAsync("editor-yly", password);
        signIn.Location!.ShouldStartWith("/account/change-password");
    }

    [Fact]
    public async Task A_user_name_that_is_taken_is_refused_with_a_message()
    {
        await host.CreateUserAsync("taken-name", "some-password-1");
        using var admin = await SignedInAdminAsync();

        var refused = await admin.SubmitAsync("/admin/users/create", new Dictionary<string, string>
        {
            ["Input.UserName"] = "taken-name",
            ["Input.Fields.DisplayName"] = "Someone else",
        });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Html.ShouldContain("已被使用");
        refused.Html.ShouldNotContain("data-testid=\"temporary-password\"");
    }

    [Fact]
    public async Task A_new_temporary_password_replaces_the_old_one()
    {
        var user = await host.CreateUserAsync("forgetful", "old-password-11", roles: Roles.Judge);
        using var admin = await SignedInAdminAsync();

        var reset = await admin.SubmitAsync($"/admin/users/{user.Id}", new Dictionary<string, string>(), action: $"/admin/users/{user.Id}?handler=ResetPassword");

        var password = TemporaryPassword(reset.Html);
        using var judge = host.NewSession();
        (await judge.SignInAsync("forgetful", "old-password-11")).Status.ShouldBe(HttpStatusCode.OK);
        (await judge.SignInAsync("forgetful", password)).Location!.ShouldStartWith("/account/change-password");
    }

    [Fact]
    public async Task A_locked_user_cannot_sign_in_until_unlocked()
    {
        var user = await host.CreateUserAsync("suspended", "suspended-pass-1", roles: Roles.Auditor);
        using var admin = await SignedInAdminAsync();

        var locked = await admin.SubmitAsync($"/admin/users/{user.Id}", new Dictionary<string, string>(), action: $"/admin/users/{user.Id}?handler=Lock");
        using var auditor = host.NewSession();
        var refused = await auditor.SignInAsync("suspended", "suspended-pass-1");
        await admin.SubmitAsync($"/admin/users/{user.Id}", new Dictionary<string, string>(), action: $"/admin/users/{user.Id}?handler=Unlock");
        var accepted = await auditor.SignInAsync("suspended", "suspended-pass-1");

        locked.Status.ShouldBe(HttpStatusCode.Redirect);
        refused.Html.ShouldContain("用户名或密码不正确");
        accepted.Location.ShouldBe("/admin");
    }

    [Fact]
    public async Task Display_name_unit_and_roles_are_saved()
    {
        var user = await host.CreateUserAsync("promoted", "promoted-pass-1", roles: Roles.Judge);
        using var admin = await SignedInAdminAsync();

        var saved = await admin.SubmitAsync($"/admin/users/{user.Id}", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "项目管理员甲",
            ["Input.UnitCode"] = "CZ",
        }, action: $"/admin/users/{user.Id}?handler=Save", repeated: [new("Input.Roles", Roles.ProgramManager), new("Input.Roles", Roles.Judge)]);

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        var after = await FindAsync("promoted");
        after!.DisplayName.ShouldBe("项目管理员甲");
        after.UnitCode.ShouldBe("CZ");
        var roles = await host.WithServiceAsync<UserManager<ShowcaseUser>, IList<string>>(u => u.GetRolesAsync(after));
        roles.OrderBy(r => r, StringComparer.Ordinal).ShouldBe([Roles.Judge, Roles.ProgramManager]);
    }

    [Fact]
    public async Task An_administrator_cannot_lock_themselves()
    {
        using var admin = await SignedInAdminAsync();
        var me = await FindAsync("users-admin");

        var refused = await admin.SubmitAsync($"/admin/users/{me!.Id}", new Dictionary<string, string>(), action: $"/admin/users/{me.Id}?handler=Lock");

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Html.ShouldContain("不能锁定自己的账户");
        (await host.WithServiceAsync<UserManager<ShowcaseUser>, bool>(async u => await u.IsLockedOutAsync((await u.FindByNameAsync("users-admin"))!))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_bad_unit_code_is_refused_and_changes_nothing()
    {
        var user = await host.CreateUserAsync("careful", "careful-pass-1", roles: Roles.Judge);
        using var admin = await SignedInAdminAsync();

        var refused = await admin.SubmitAsync($"/admin/users/{user.Id}", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Changed",
            ["Input.UnitCode"] = "no spaces allowed",
        }, action: $"/admin/users/{user.Id}?handler=Save", repeated: [new("Input.Roles", Roles.Judge)]);

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Html.ShouldContain("只能包含字母、数字");
        (await FindAsync("careful"))!.DisplayName.ShouldBe("careful");
    }

    [Fact]
    public async Task The_unit_is_picked_from_the_tree_and_an_unknown_one_is_refused()
    {
        var user = await host.CreateUserAsync("placed", "placed-pass-11", roles: Roles.CommunityEditor);
        using var admin = await SignedInAdminAsync();

        var form = await admin.GetAsync($"/admin/users/{user.Id}");
        var refused = await admin.SubmitAsync($"/admin/users/{user.Id}", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Placed",
            ["Input.UnitCode"] = "NO-SUCH-UNIT",
        }, action: $"/admin/users/{user.Id}?handler=Save", repeated: [new("Input.Roles", Roles.CommunityEditor)]);
        var created = await admin.SubmitAsync("/admin/users/create", new Dictionary<string, string>
        {
            ["Input.UserName"] = "nowhere",
            ["Input.Fields.DisplayName"] = "Nowhere",
            ["Input.Fields.UnitCode"] = "NO-SUCH-UNIT",
        });

        form.Html.ShouldContain("<select");
        form.Html.ShouldContain("value=\"GC-QP-YLY\"");
        form.Html.ShouldContain("烟柳园社区");
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Html.ShouldContain("不在组织架构中");
        (await FindAsync("placed"))!.UnitCode.ShouldBe("");
        created.Html.ShouldContain("不在组织架构中");
        (await FindAsync("nowhere")).ShouldBeNull();
    }

    [Fact]
    public async Task A_lock_signs_the_user_out_at_their_next_request()
    {
        var user = await host.CreateUserAsync("signed-in-auditor", "auditor-pass-11", roles: Roles.Auditor);
        using var auditor = host.NewSession();
        (await auditor.SignInAsync("signed-in-auditor", "auditor-pass-11")).Location.ShouldBe("/admin");
        (await auditor.GetAsync("/admin")).Status.ShouldBe(HttpStatusCode.OK);
        using var admin = await SignedInAdminAsync();

        await admin.SubmitAsync($"/admin/users/{user.Id}", new Dictionary<string, string>(), action: $"/admin/users/{user.Id}?handler=Lock");
        var next = await auditor.GetAsync("/admin");

        next.Status.ShouldBe(HttpStatusCode.Redirect);
        next.Location!.ShouldContain("/account/login");
    }

    [Fact]
    public async Task A_role_change_signs_the_user_out_at_their_next_request()
    {
        var user = await host.CreateUserAsync("demoted-manager", "demoted-pass-11", roles: Roles.ProgramManager);
        using var manager = host.NewSession();
        (await manager.SignInAsync("demoted-manager", "demoted-pass-11")).Location.ShouldBe("/admin");
        // Twice: the second answer comes from the node's memory of the user's stamp, which the change must not outlive.
        (await manager.GetAsync("/admin")).Status.ShouldBe(HttpStatusCode.OK);
        (await manager.GetAsync("/admin")).Status.ShouldBe(HttpStatusCode.OK);
        using var admin = await SignedInAdminAsync();

        (await admin.SubmitAsync($"/admin/users/{user.Id}", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "demoted-manager",
            ["Input.UnitCode"] = "CZ",
        }, action: $"/admin/users/{user.Id}?handler=Save", repeated: [new("Input.Roles", Roles.Judge)])).Status.ShouldBe(HttpStatusCode.Redirect);
        var next = await manager.GetAsync("/admin");

        next.Status.ShouldBe(HttpStatusCode.Redirect);
        next.Location!.ShouldContain("/account/login");
    }

    private async Task<WebSession> SignedInAdminAsync()
    {
        var session = host.NewSession();
        (await session.SignInAsync("users-admin", AdminPassword)).Location.ShouldBe("/admin");
        return session;
    }

    private Task<ShowcaseUser?> FindAsync(string userName) =>
        host.WithServiceAsync<UserManager<ShowcaseUser>, ShowcaseUser?>(users => users.FindByNameAsync(userName));

    private static string TemporaryPassword(string html)
    {
        var match = TemporaryPasswordPattern().Match(html);
        match.Success.ShouldBeTrue("the page shows no temporary password");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("data-testid=\"temporary-password\">([^<]+)<")]
    private static partial Regex TemporaryPasswordPattern();
}
