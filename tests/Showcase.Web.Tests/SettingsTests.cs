using System.Net;
using Shouldly;
using Showcase.Abstractions.Security;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>The site settings page and where its values show.</summary>
public sealed class SettingsTests(ShowcaseWebFactory host) : IClassFixture<ShowcaseWebFactory>
{
    [Fact]
    public async Task The_site_name_contact_organiser_and_icp_number_saved_in_the_settings_show_on_the_public_pages()
    {
        await host.CreateUserAsync("settings-admin", "settings-pass-1", roles: Roles.Administrator);
        using var admin = host.NewSession();
        await admin.SignInAsync("settings-admin", "settings-pass-1");

        var saved = await admin.SubmitAsync("/admin/settings", new Dictionary<string, string>
        {
            ["Input.SiteName"] = "贵池区党建品牌展示",
            ["Input.DefaultTheme"] = "Showcase.Themes.Red",
            ["Input.ContactLine"] = "贵池区委组织部 · 0566-0000000",
            ["Input.Organiser"] = "中共贵池区委组织部",
            ["Input.IcpNumber"] = "皖ICP备12345678号",
        });
        var home = await host.NewSession().GetAsync("/");
        var form = await admin.GetAsync("/admin/settings");

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        home.Html.ShouldContain("<title>首页 · 贵池区党建品牌展示</title>");
        home.Html.ShouldContain("<li class=\"footer-lines__contact\">联系方式：贵池区委组织部 · 0566-0000000</li>");
        home.Html.ShouldContain("<li class=\"footer-lines__organiser\">主办单位：中共贵池区委组织部</li>");
        home.Html.ShouldContain("皖ICP备12345678号</a>");
        form.Html.ShouldContain("设置已保存");
        form.Html.ShouldContain("value=\"贵池区党建品牌展示\"");
    }

    [Fact]
    public async Task An_empty_site_name_is_refused_and_changes_nothing()
    {
        await host.CreateUserAsync("settings-admin2", "settings-pass-2", roles: Roles.Administrator);
        using var admin = host.NewSession();
        await admin.SignInAsync("settings-admin2", "settings-pass-2");
        var before = await host.NewSession().GetAsync("/");

        var refused = await admin.SubmitAsync("/admin/settings", new Dictionary<string, string>
        {
            ["Input.SiteName"] = "",
            ["Input.DefaultTheme"] = "Showcase.Themes.Red",
        });

        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Html.ShouldContain("请填写站点名称");
        var after = await host.NewSession().GetAsync("/");
        after.Html[..after.Html.IndexOf("</title>", StringComparison.Ordinal)].ShouldBe(before.Html[..before.Html.IndexOf("</title>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task The_settings_page_lists_the_installed_public_themes_only()
    {
        await host.CreateUserAsync("settings-admin3", "settings-pass-3", roles: Roles.Administrator);
        using var admin = host.NewSession();
        await admin.SignInAsync("settings-admin3", "settings-pass-3");

        var form = await admin.GetAsync("/admin/settings");

        form.Html.ShouldContain("<option selected=\"selected\" value=\"Showcase.Themes.Red\">");
        form.Html.ShouldContain("value=\"Showcase.Themes.Testing\"");
        form.Html.ShouldNotContain("value=\"Showcase.Themes.Admin\"");
    }
}
