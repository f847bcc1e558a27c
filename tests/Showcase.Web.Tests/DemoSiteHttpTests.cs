using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Security;
using Showcase.Core.Identity;
using Showcase.Core.Recipes;
using Showcase.DemoSites.Data;
using Showcase.DemoSites.Services;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>
/// A host with a programme and three sites: <c>alpha</c> (Ink, published, an editor of its own, one published
/// page and one draft), <c>beta</c> (Celadon, published) and <c>gamma</c> (a draft site with a published page).
/// </summary>
public sealed class DemoSiteHost : IAsyncLifetime
{
    public const string Password = "site-tests-pass-1";

    public ShowcaseWebFactory Web { get; } = new();

    public async Task InitializeAsync()
    {
        await CreateUserAsync("editor-alpha", Roles.CommunityEditor, "");
        await CreateUserAsync("editor-beta", Roles.CommunityEditor, "");
        await CreateUserAsync("manager", Roles.ProgramManager, "");
        await RunRecipeAsync("""
            { "name": "site-http-tests", "steps": [
              { "step": "organizations", "units": [
                { "code": "CZ", "name": "池州市", "kind": "city" },
                { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
                { "code": "DZ", "name": "东至县", "kind": "district", "parent": "CZ" },
                { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
                { "code": "GC-JK", "name": "江口街道", "kind": "street", "parent": "GC" },
                { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" },
                { "code": "DZ-YD", "name": "尧渡镇", "kind": "street", "parent": "DZ" } ] },
              { "step": "brands", "brands": [
                { "code": "B01", "title": "红网联动", "community": "GC-QP-YLY", "summary": "一张红网联动万家" },
                { "code": "B02", "title": "草稿品牌", "community": "GC-QP-YLY", "summary": "尚未发布", "state": "draft" } ] },
              { "step": "programmes", "programmes": [
                { "code": "HSYL", "title": "红色引领示范工程", "summary": "示范工程", "illustrative": true,
                  "kinds": [ { "kind": "pilot-street", "title": "示范街", "count": 6 }, { "kind": "pilot-point", "title": "示范点", "count": 20 } ],
                  "sites": [
                    { "slug": "alpha", "title": "阿尔法示范街", "kind": "pilot-street", "unit": "GC-QP", "theme": "Showcase.Themes.Ink",
                      "featuredBrands": ["B01"], "editors": ["editor-alpha"], "illustrative": true,
                      "pages": [ { "slug": "about", "title": "简介", "body": "阿尔法的**渡口**故事" },
                                 { "slug": "plan", "title": "计划", "body": "尚未公开的计划", "state": "draft" } ] },
                    { "slug": "beta", "title": "贝塔示范点", "kind": "pilot-point", "unit": "DZ-YD", "theme": "Showcase.Themes.Celadon",
                      "editors": ["editor-beta"], "pages": [ { "slug": "about", "title": "简介", "body": "贝塔的故事" } ] },
                    { "slug": "gamma", "title": "伽马示范点", "kind": "pilot-point", "unit": "GC-JK", "theme": "Showcase.Themes.Red", "state": "draft",
                      "pages": [ { "slug": "about", "title": "简介", "body": "伽马的故事", "state": "published" } ] } ] } ] } ] }
            """);
    }

    public Task<RecipeResult> RunRecipeAsync(string json) =>
        Web.WithServiceAsync<RecipeRunner, RecipeResult>(runner => runner.RunAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test"));

    private async Task CreateUserAsync(string name, string role, string unit)
    {
        var user = await Web.CreateUserAsync(name, Password, roles: role);
        await Web.WithServiceAsync<UserManager<ShowcaseUser>, IdentityResult>(async users =>
        {
            var stored = (await users.FindByIdAsync(user.Id))!;
            stored.UnitCode = unit;
            return await users.UpdateAsync(stored);
        });
    }

    public async Task<WebSession> SignedInAsync(string name)
    {
        var session = Web.NewSession();
        (await session.SignInAsync(name, Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return session;
    }

    public Task<int> SitesAsync() => Web.WithServiceAsync<DemoSitesDbContext, int>(db => db.Sites.CountAsync());

    public Task DisposeAsync()
    {
        Web.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Who sees and changes which demo site, over HTTP with real sign-in and antiforgery tokens.</summary>
public sealed class DemoSiteHttpTests(DemoSiteHost host) : IClassFixture<DemoSiteHost>
{
    [Fact]
    public async Task A_site_editor_gets_403_on_another_sites_pages_and_on_brands_but_edits_their_own()
    {
        using var editor = await host.SignedInAsync("editor-alpha");

        var own = await editor.GetAsync("/admin/sites/alpha/pages/about");
        var otherPage = await editor.GetAsync("/admin/sites/beta/pages/about");
        var otherSite = await editor.GetAsync("/admin/sites/beta");
        var otherNew = await editor.GetAsync("/admin/sites/beta/pages/new");
        var post = await editor.SubmitAsync("/admin/sites/alpha/pages/about", new Dictionary<string, string>
        {
            ["Input.Title"] = "改别人的页面", ["Input.Body"] = "x", ["Input.NavOrder"] = "10", ["action"] = "save",
        }, action: "/admin/sites/beta/pages/about?handler=Save");
        var brand = await editor.GetAsync("/admin/brands/B01/edit");
        var brandReview = await editor.GetAsync("/admin/brands/B01");

        own.Status.ShouldBe(HttpStatusCode.OK);
        otherPage.Status.ShouldBe(HttpStatusCode.Forbidden);
        otherSite.Status.ShouldBe(HttpStatusCode.Forbidden);
        otherNew.Status.ShouldBe(HttpStatusCode.Forbidden);
        post.Status.ShouldBe(HttpStatusCode.Forbidden);
        brand.Status.ShouldBe(HttpStatusCode.Forbidden);
        brandReview.Status.ShouldBe(HttpStatusCode.Forbidden);
        var title = await host.Web.WithServiceAsync<DemoSitesDbContext, string>(db => Task.FromResult(db.Pages.Single(p => p.Code == "beta_about").Content.Title));
        title.ShouldBe("简介");
    }

    [Fact]
    public async Task A_site_editor_saves_and_submits_their_page_but_cannot_publish_it()
    {
        using var editor = await host.SignedInAsync("editor-beta");

        var saved = await editor.SubmitAsync("/admin/sites/beta/pages/about", new Dictionary<string, string>
        {
            ["Input.Title"] = "简介", ["Input.Body"] = "贝塔的新故事", ["Input.NavOrder"] = "10", ["action"] = "submit",
        }, action: "/admin/sites/beta/pages/about?handler=Save");
        var approve = await editor.SubmitAsync("/admin/sites/beta/pages/about", new Dictionary<string, string>(), action: "/admin/sites/beta/pages/about?handler=Approve");

        saved.Status.ShouldBe(HttpStatusCode.Redirect);
        approve.Status.ShouldBe(HttpStatusCode.Forbidden);
        var state = await host.Web.WithServiceAsync<DemoSitesDbContext, ContentState>(db => Task.FromResult(db.Pages.Single(p => p.Code == "beta_about").State));
        state.ShouldBe(ContentState.InReview);
    }

    [Fact]
    public async Task An_anonymous_visitor_gets_404_for_a_draft_page_and_an_unpublished_site()
    {
        using var visitor = host.Web.NewSession();

        (await visitor.GetAsync("/sites/alpha")).Status.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync("/sites/alpha/about")).Status.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync("/sites/alpha/plan")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await visitor.GetAsync("/sites/gamma")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await visitor.GetAsync("/sites/gamma/about")).Status.ShouldBe(HttpStatusCode.NotFound);
        var list = await visitor.GetAsync("/sites");
        list.Html.ShouldContain("data-site=\"alpha\"");
        list.Html.ShouldNotContain("data-site=\"gamma\"");
        var sitemap = await visitor.GetAsync("/sitemap.xml");
        sitemap.Html.ShouldContain("/sites/alpha/about</loc>");
        sitemap.Html.ShouldContain("/brands/B01</loc>", customMessage: "the brands' contribution is still there");
        sitemap.Html.ShouldNotContain("/sites/alpha/plan");
        sitemap.Html.ShouldNotContain("/sites/gamma");
    }

    [Fact]
    public async Task Two_sites_show_their_own_themes_at_the_same_moment_and_the_list_the_sites_default()
    {
        using var visitor = host.Web.NewSession();

        var alpha = await visitor.GetAsync("/sites/alpha/about");
        var beta = await visitor.GetAsync("/sites/beta");
        var list = await visitor.GetAsync("/sites");

        alpha.Layout.ShouldBe("ink");
        beta.Layout.ShouldBe("celadon");
        list.Layout.ShouldBe("red");
        alpha.Html.ShouldContain("阿尔法示范街");
        alpha.Html.ShouldContain("href=\"/sites/alpha/about\" aria-current=\"page\"");
        alpha.Html.ShouldContain("<strong>渡口</strong>");
        (await visitor.GetAsync("/sites/alpha")).Html.ShouldContain("data-brand=\"B01\"");
    }

    [Fact]
    public async Task A_slug_that_is_not_url_safe_or_is_taken_is_refused_beside_its_field_and_nothing_is_made()
    {
        using var manager = await host.SignedInAsync("manager");
        var before = await host.SitesAsync();

        var fields = new Dictionary<string, string>
        {
            ["Input.Template"] = "pilot-street", ["Input.Title"] = "新示范街", ["Input.Programme"] = "HSYL",
            ["Input.UnitCode"] = "GC-JK", ["Input.Theme"] = "Showcase.Themes.Ink",
        };
        var unsafeSlug = await manager.SubmitAsync("/admin/sites/new", new Dictionary<string, string>(fields) { ["Input.Slug"] = "江口 street/1" });
        var upper = await manager.SubmitAsync("/admin/sites/new", new Dictionary<string, string>(fields) { ["Input.Slug"] = "JiangKou" });
        var taken = await manager.SubmitAsync("/admin/sites/new", new Dictionary<string, string>(fields) { ["Input.Slug"] = "alpha" });

        unsafeSlug.Status.ShouldBe(HttpStatusCode.OK);
        unsafeSlug.Html.ShouldMatch("data-valmsg-for=\"Input.Slug\"[^>]*>地址只能用小写字母");
        upper.Html.ShouldMatch("data-valmsg-for=\"Input.Slug\"[^>]*>地址只能用小写字母");
        taken.Status.ShouldBe(HttpStatusCode.OK);
        taken.Html.ShouldMatch("data-valmsg-for=\"Input.Slug\"[^>]*>地址“alpha”已被其他站点使用");
        (await host.SitesAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_manager_makes_a_site_from_its_template_with_its_starter_pages_as_drafts()
    {
        using var manager = await host.SignedInAsync("manager");

        var made = await manager.SubmitAsync("/admin/sites/new", new Dictionary<string, string>
        {
            ["Input.Template"] = "pilot-street", ["Input.Slug"] = "jiangkou-street", ["Input.Title"] = "江口示范街", ["Input.Programme"] = "HSYL",
            ["Input.UnitCode"] = "GC-JK", ["Input.Theme"] = "Showcase.Themes.Celadon",
        });

        made.Status.ShouldBe(HttpStatusCode.Redirect);
        made.Location.ShouldBe("/admin/sites/jiangkou-street");
        var (site, pages) = await host.Web.WithServiceAsync<DemoSitesDbContext, (Showcase.DemoSites.Models.DemoSite, List<Showcase.DemoSites.Models.SitePage>)>(async db =>
            (await db.Sites.SingleAsync(s => s.Slug == "jiangkou-street"), await db.Pages.Where(p => p.SiteSlug == "jiangkou-street").ToListAsync()));
        site.IsPublished.ShouldBeFalse();
        site.Theme.ShouldBe("Showcase.Themes.Celadon");
        site.DistrictCode.ShouldBe("GC");
        site.Template.ShouldBe("pilot-street");
        pages.Select(p => p.PageSlug).ShouldBe(["about", "merchants", "activities", "contact"], ignoreOrder: true);
        pages.ShouldAllBe(p => p.State == ContentState.Draft && !p.IsLive);
        pages.Single(p => p.PageSlug == "about").Content.Body.ShouldContain("江口示范街");
        using var visitor = host.Web.NewSession();
        (await visitor.GetAsync("/sites/jiangkou-street")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_template_recipe_with_an_error_creates_nothing_not_even_the_pages_before_the_error()
    {
        var before = await host.SitesAsync();
        var pagesBefore = await host.Web.WithServiceAsync<DemoSitesDbContext, int>(db => db.Pages.CountAsync());
        // The first step makes the site and its page; the second fails only when applied (B02 is not published).
        var broken = new SiteTemplate("broken", "pilot-street", """
            { "name": "template:broken", "steps": [
              { "step": "programmes", "programmes": [ { "code": "{{programme}}", "sites": [
                { "slug": "{{slug}}", "title": "{{title}}", "kind": "pilot-street", "unit": "{{unit}}", "theme": "{{theme}}", "state": "draft",
                  "pages": [ { "slug": "about", "title": "简介", "body": "起始页" } ] } ] } ] },
              { "step": "programmes", "programmes": [ { "code": "{{programme}}", "sites": [
                { "slug": "{{slug}}", "title": "{{title}}", "kind": "pilot-street", "unit": "{{unit}}", "theme": "{{theme}}", "featuredBrands": ["B02"] } ] } ] } ] }
            """);

        var refused = await Should.ThrowAsync<ContentValidationException>(host.Web.WithServiceAsync<DemoSiteEditor, Showcase.DemoSites.Models.DemoSite>(editor =>
            editor.CreateAsync(SystemUser.Create("test"), new NewSiteRequest("broken", "broken-street", "坏模板示范街", "HSYL", "GC-JK", "Showcase.Themes.Red"), broken, CancellationToken.None)));

        refused.Errors.Single().Key.ShouldBe("Error.TemplateFailed");
        refused.Errors.Single().Arguments.Single().ToString()!.ShouldContain("featuredBrands");
        (await host.SitesAsync()).ShouldBe(before);
        (await host.Web.WithServiceAsync<DemoSitesDbContext, int>(db => db.Pages.CountAsync())).ShouldBe(pagesBefore);
        (await host.Web.WithServiceAsync<IContentVersioning, int>(async v => (await v.HistoryAsync(new ContentRef("SitePage", "broken-street_about"))).Count)).ShouldBe(0);
    }

    [Fact]
    public async Task Running_the_programmes_step_again_leaves_one_copy_of_each_site_and_page()
    {
        var sites = await host.SitesAsync();
        var result = await host.RunRecipeAsync("""
            { "name": "again", "steps": [ { "step": "programmes", "programmes": [ { "code": "HSYL", "sites": [
                { "slug": "beta", "title": "贝塔示范点", "kind": "pilot-point", "unit": "DZ-YD", "theme": "Showcase.Themes.Celadon" } ] } ] } ] }
            """);

        result.Steps.Single().Summary.ShouldContain("0 added, 1 brought up to date");
        (await host.SitesAsync()).ShouldBe(sites);
    }

    [Fact]
    public async Task A_site_of_a_kind_its_programme_does_not_have_is_refused_with_the_json_path()
    {
        var refused = await Should.ThrowAsync<Showcase.Abstractions.Recipes.RecipeException>(host.RunRecipeAsync("""
            { "name": "bad-kind", "steps": [ { "step": "programmes", "programmes": [ { "code": "HSYL", "sites": [
                { "slug": "delta", "title": "德尔塔", "kind": "pilot-park", "unit": "GC-JK", "theme": "Showcase.Themes.Red" } ] } ] } ] }
            """));

        refused.Message.ShouldStartWith("$.steps[0].programmes[0].sites[0].kind:");
        (await host.Web.WithServiceAsync<DemoSitesDbContext, bool>(db => db.Sites.AnyAsync(s => s.Slug == "delta"))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_directory_for_partners_pages_through_published_sites_with_filters()
    {
        var all = await host.Web.WithServiceAsync<IDemoSiteDirectory, DemoSiteList>(d => d.ListAsync(new DemoSiteQuery(Take: 1)));
        var second = await host.Web.WithServiceAsync<IDemoSiteDirectory, DemoSiteList>(d => d.ListAsync(new DemoSiteQuery(Skip: 1, Take: 1)));
        var points = await host.Web.WithServiceAsync<IDemoSiteDirectory, DemoSiteList>(d => d.ListAsync(new DemoSiteQuery(Kind: "pilot-point")));
        var dz = await host.Web.WithServiceAsync<IDemoSiteDirectory, DemoSiteList>(d => d.ListAsync(new DemoSiteQuery(District: "DZ")));
        var gamma = await host.Web.WithServiceAsync<IDemoSiteDirectory, DemoSiteInfo?>(d => d.GetAsync("gamma"));
        var alpha = await host.Web.WithServiceAsync<IDemoSiteDirectory, DemoSiteInfo?>(d => d.GetAsync("alpha"));

        all.TotalSize.ShouldBeGreaterThanOrEqualTo(2);
        all.Sites.Single().Slug.ShouldNotBe(second.Sites.Single().Slug);
        points.Sites.ShouldAllBe(s => s.Kind == "pilot-point");
        points.Sites.ShouldNotContain(s => s.Slug == "gamma");
        dz.Sites.Select(s => s.Slug).ShouldBe(["beta"]);
        gamma.ShouldBeNull();
        alpha!.Name.ShouldBe("sites/alpha");
        alpha.Pages.Select(p => p.PageSlug).ShouldBe(["about"]);
        alpha.DistrictName.ShouldBe("贵池区");
    }
}
