using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Security;
using Showcase.Organizations.Models;
using Showcase.Organizations.Services;
using static Showcase.Organizations.Tests.OrganizationsHost;

namespace Showcase.Organizations.Tests;

public sealed class AdminPagesTests(AdminPagesHost host) : IClassFixture<AdminPagesHost>, IAsyncLifetime
{
    public Task InitializeAsync() => host.RunRecipeAsync(Recipe(Tree));

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<OrganizationUnitInfo?> FindAsync(string code)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindAsync(code);
    }

    [Fact]
    public async Task A_programme_manager_sees_the_tree_in_chinese()
    {
        using var client = host.Client(Roles.ProgramManager);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/organizations"));

        html.ShouldContain("<h1>组织架构</h1>");
        html.ShouldContain("烟柳园社区");
        html.ShouldContain("href=\"/Admin/Organizations/Create?parent=GC-QP\"");
        html.IndexOf("贵池区", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("秋浦街道", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pages_speak_english_when_asked()
    {
        using var client = host.Client(Roles.Administrator, "en");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/organizations"));

        html.ShouldContain("<h1>Organisation tree</h1>");
    }

    [Fact]
    public async Task Only_roles_with_the_permission_get_in()
    {
        using var editor = host.Client(Roles.CommunityEditor);
        using var auditor = host.Client(Roles.Auditor);
        using var manager = host.Client(Roles.ProgramManager);
        using var anonymous = host.Client(role: null);

        (await editor.GetAsync("/admin/organizations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.GetAsync("/admin/organizations/create")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.GetAsync("/admin/organizations/create")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/admin/organizations/create")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Adding_a_unit_with_bad_input_shows_the_problems_beside_the_fields_and_stores_nothing()
    {
        using var client = host.Client(Roles.Administrator);

        using var response = await AdminPagesHost.PostFormAsync(client, "/admin/organizations/create?parent=GC-QP",
            new Dictionary<string, string> { ["Input.Code"] = "gc qp", ["Input.Name"] = "" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("请改正下面标出的问题。");
        html.ShouldMatch("data-valmsg-for=\"Input.Code\"[^>]*>编码只能由大写字母和数字组成，用连字符分段。<");
        html.ShouldMatch("data-valmsg-for=\"Input.Name\"[^>]*>必填。<");
        (await FindAsync("gc qp")).ShouldBeNull();
    }

    [Fact]
    public async Task Adding_a_community_stores_it_under_its_street_and_returns_to_the_tree()
    {
        using var client = host.Client(Roles.Administrator);

        using var response = await AdminPagesHost.PostFormAsync(client, "/admin/organizations/create?parent=GC-QP",
            new Dictionary<string, string> { ["Input.Code"] = "GC-QP-BY", ["Input.Name"] = "百牙社区" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/Admin/Organizations");
        (await FindAsync("GC-QP-BY")).ShouldBe(new OrganizationUnitInfo("GC-QP-BY", "百牙社区", UnitKind.Community, "GC-QP"));
    }

    [Fact]
    public async Task Renaming_a_unit_keeps_its_code_and_an_unknown_unit_is_not_found()
    {
        using var client = host.Client(Roles.Administrator);

        using var response = await AdminPagesHost.PostFormAsync(client, "/admin/organizations/edit?code=DZ",
            new Dictionary<string, string> { ["Input.Name"] = "东至县（改）", ["Input.ParentCode"] = "CZ" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FindAsync("DZ"))!.Name.ShouldBe("东至县（改）");
        (await client.GetAsync("/admin/organizations/edit?code=NOPE")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void The_admin_menu_links_the_tree_for_those_who_may_manage_it()
    {
        var menu = new AdminMenuBuilder();
        foreach (var item in host.Services.GetServices<IAdminMenu>())
        {
            item.Build(menu);
        }

        var entry = menu.Items.ShouldHaveSingleItem();
        entry.Url.ShouldBe("/admin/organizations");
        entry.Permission.ShouldBe("ManageOrganizations");
        Permissions.ManageOrganizations.DefaultRoles.ShouldBe([Roles.Administrator, Roles.ProgramManager]);
    }
}
