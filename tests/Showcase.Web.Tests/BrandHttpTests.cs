using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Security;
using Showcase.Brands.Data;
using Showcase.Core.Identity;
using Showcase.Core.Recipes;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>A host with two communities, an editor for each, a manager, one published brand and one draft.</summary>
public sealed class BrandHost : IAsyncLifetime
{
    public const string Password = "brand-tests-pass-1";

    public ShowcaseWebFactory Web { get; } = new();

    public async Task InitializeAsync()
    {
        await Web.WithServiceAsync<RecipeRunner, RecipeResult>(runner => runner.RunAsync(new MemoryStream("""
            { "name": "brand-http-tests", "steps": [
              { "step": "organizations", "units": [
                { "code": "CZ", "name": "池州市", "kind": "city" },
                { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
                { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
                { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" },
                { "code": "GC-QP-QPU", "name": "秋浦社区", "kind": "community", "parent": "GC-QP" } ] },
              { "step": "brands", "brands": [
                { "code": "B01", "title": "红网联动", "community": "GC-QP-YLY", "summary": "一张红网联动万家",
                  "body": "网格员现场处置群众问题。", "tags": ["网格治理"] },
                { "code": "B02", "title": "秋浦草稿", "community": "GC-QP-QPU", "summary": "尚未发布的草稿",
                  "body": "草稿正文", "state": "draft" } ] } ] }
            """u8.ToArray()), "test"));
        await CreateUserAsync("editor-yly", Roles.CommunityEditor, "GC-QP-YLY");
        await CreateUserAsync("editor-qpu", Roles.CommunityEditor, "GC-QP-QPU");
        await CreateUserAsync("manager", Roles.ProgramManager, "");
    }

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

    public Task DisposeAsync()
    {
        Web.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Who may see and change which brand, over HTTP with real sign-in and antiforgery tokens.</summary>
public sealed class BrandHttpTests(BrandHost host) : IClassFixture<BrandHost>
{
    [Fact]
    public async Task An_editor_cannot_open_or_post_another_communitys_brand()
    {
        using var editor = await host.SignedInAsync("editor-yly");

        var form = await editor.GetAsync("/admin/brands/B02/edit");
        var review = await editor.GetAsync("/admin/brands/B02");
        var own = await editor.GetAsync("/admin/brands/B01/edit");
        var post = await editor.SubmitAsync("/admin/brands/B01/edit", new Dictionary<string, string>
        {
            ["Input.Title"] = "改别人的品牌", ["Input.CommunityCode"] = "GC-QP-QPU", ["Input.Summary"] = "x",
        }, action: "/admin/brands/B02/edit");

        form.Status.ShouldBe(HttpStatusCode.Forbidden);
        review.Status.ShouldBe(HttpStatusCode.Forbidden);
        own.Status.ShouldBe(HttpStatusCode.OK);
        post.Status.ShouldBe(HttpStatusCode.Forbidden);
        var title = await host.Web.WithServiceAsync<BrandsDbContext, string>(db => Task.FromResult(db.Brands.Single(b => b.Code == "B02").Content.Title));
        title.ShouldBe("秋浦草稿");
    }

    [Fact]
    public async Task An_editor_cannot_move_their_brand_into_another_community()
    {
        using var editor = await host.SignedInAsync("editor-yly");

        var form = await editor.GetAsync("/admin/brands/B01/edit");
        var post = await editor.SubmitAsync("/admin/brands/B01/edit", new Dictionary<string, string>
        {
            ["Input.Title"] = "红网联动", ["Input.CommunityCode"] = "GC-QP-QPU", ["Input.Summary"] = "一张红网联动万家",
        });

        form.Html.ShouldNotContain("value=\"GC-QP-QPU\"", customMessage: "the form offers only the editor's own community");
        post.Status.ShouldBe(HttpStatusCode.Forbidden);
        var community = await host.Web.WithServiceAsync<BrandsDbContext, string>(db => Task.FromResult(db.Brands.Single(b => b.Code == "B01").Content.CommunityCode));
        community.ShouldBe("GC-QP-YLY");
    }

    [Fact]
    public async Task A_rule_broken_on_the_form_is_shown_beside_its_field_in_the_readers_language_and_stores_nothing()
    {
        using var editor = await host.SignedInAsync("editor-yly");
        var versionBefore = await BrandVersionAsync("B01");

        var post = await editor.SubmitAsync("/admin/brands/B01/edit", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.CommunityCode"] = "GC-QP-YLY", ["Input.Summary"] = "一张红网联动万家", ["Input.YearFounded"] = "明年",
        });

        post.Status.ShouldBe(HttpStatusCode.OK);
        post.Html.ShouldMatch("data-valmsg-for=\"Input.Title\"[^>]*>此项必填");
        post.Html.ShouldMatch("data-valmsg-for=\"Input.YearFounded\"[^>]*>[^<]*1949");
        (await BrandVersionAsync("B01")).ShouldBe(versionBefore);
    }

    [Fact]
    public async Task The_preview_shows_the_story_rendered_and_sanitised_without_saving()
    {
        using var editor = await host.SignedInAsync("editor-yly");
        var versionBefore = await BrandVersionAsync("B01");

        var preview = await editor.SubmitAsync("/admin/brands/B01/edit", new Dictionary<string, string>
        {
            ["Input.Title"] = "红网联动", ["Input.CommunityCode"] = "GC-QP-YLY", ["Input.Summary"] = "一张红网联动万家",
            ["Input.Body"] = "## 缘起\n\n**楼栋长**认领楼道<script>alert(1)</script>", ["intent"] = "preview",
        });

        preview.Status.ShouldBe(HttpStatusCode.OK);
        preview.Html.ShouldContain("<h2>缘起</h2>");
        preview.Html.ShouldContain("<strong>楼栋长</strong>");
        preview.Html.ShouldNotContain("<script>alert(1)</script>");
        (await BrandVersionAsync("B01")).ShouldBe(versionBefore);
    }

    [Fact]
    public async Task A_manager_finds_what_awaits_review_on_the_dashboard_and_an_editor_does_not()
    {
        using var editor = await host.SignedInAsync("editor-qpu");
        var submitted = await editor.SubmitAsync("/admin/brands/B02", new Dictionary<string, string>(), action: "/admin/brands/B02?handler=Submit");
        submitted.Status.ShouldBe(HttpStatusCode.Redirect);
        using var manager = await host.SignedInAsync("manager");

        var dashboard = await manager.GetAsync("/admin");
        var editorsDashboard = await editor.GetAsync("/admin");
        var queue = await manager.GetAsync("/admin/brands?state=InReview");

        dashboard.Html.ShouldContain("待审核");
        dashboard.Html.ShouldContain("href=\"/admin/brands/B02\"");
        dashboard.Html.ShouldContain("href=\"/admin/brands?state=InReview&amp;district=GC\"");
        editorsDashboard.Html.ShouldNotContain("data-testid=\"dashboard-cards\"");
        queue.Html.ShouldContain("data-brand=\"B02\"");
        queue.Html.ShouldNotContain("data-brand=\"B01\"");
    }

    [Fact]
    public async Task The_admin_list_searches_by_title_and_says_what_to_do_when_nothing_matches()
    {
        using var manager = await host.SignedInAsync("manager");

        var found = await manager.GetAsync("/admin/brands?q=" + Uri.EscapeDataString("红网"));
        var none = await manager.GetAsync("/admin/brands?q=" + Uri.EscapeDataString("不存在的品牌"));

        found.Html.ShouldContain("data-brand=\"B01\"");
        found.Html.ShouldNotContain("data-brand=\"B02\"");
        none.Html.ShouldContain("data-testid=\"brands-empty\"");
        none.Html.ShouldContain("没有符合条件的品牌");
    }

    [Fact]
    public async Task An_anonymous_visitor_sees_the_published_brand_and_not_the_draft()
    {
        using var visitor = host.Web.NewSession();

        var published = await visitor.GetAsync("/brands/B01");
        var draft = await visitor.GetAsync("/brands/B02");
        var admin = await visitor.GetAsync("/admin/brands/B02");
        var list = await visitor.GetAsync("/brands");

        published.Status.ShouldBe(HttpStatusCode.OK);
        published.Html.ShouldContain("红网联动");
        draft.Status.ShouldBe(HttpStatusCode.NotFound);
        admin.Status.ShouldBe(HttpStatusCode.Redirect);
        admin.Location!.ShouldContain("/account/login");
        list.Html.ShouldContain("data-brand=\"B01\"");
        list.Html.ShouldNotContain("秋浦草稿");
    }

    [Fact]
    public async Task The_brand_page_carries_its_title_description_and_open_graph_tags()
    {
        using var visitor = host.Web.NewSession();

        var page = await visitor.GetAsync("/brands/B01");

        page.Html.ShouldContain("<title>红网联动");
        page.Html.ShouldContain("<meta name=\"description\" content=\"一张红网联动万家\"");
        page.Html.ShouldContain("<meta property=\"og:title\" content=\"红网联动\"");
        page.Html.ShouldContain("<meta property=\"og:type\" content=\"article\"");
    }

    [Fact]
    public async Task The_sitemap_lists_published_brands_only()
    {
        using var visitor = host.Web.NewSession();

        var sitemap = await visitor.GetAsync("/sitemap.xml");

        sitemap.Status.ShouldBe(HttpStatusCode.OK);
        sitemap.Html.ShouldContain("/brands/B01</loc>");
        sitemap.Html.ShouldNotContain("/brands/B02<");
    }

    [Fact]
    public async Task An_upload_that_is_not_an_image_or_is_too_large_is_refused_and_stores_nothing()
    {
        using var editor = await host.SignedInAsync("editor-yly");
        var mediaBefore = await host.Web.WithServiceAsync<BrandsDbContext, int>(db => Task.FromResult(db.Media.Count()));
        var versionBefore = await BrandVersionAsync("B01");

        var notImage = await PostWithCoverAsync(editor, "cover.jpg", "<svg onload=alert(1)>"u8.ToArray());
        var tooLarge = await PostWithCoverAsync(editor, "huge.jpg", [0xFF, 0xD8, 0xFF, .. new byte[6 * 1024 * 1024]]);

        notImage.Status.ShouldBe(HttpStatusCode.OK);
        notImage.Html.ShouldContain("cover.jpg：不是 JPEG、PNG 或 WebP 图片，未保存。");
        tooLarge.Status.ShouldBe(HttpStatusCode.OK);
        tooLarge.Html.ShouldContain("huge.jpg：文件超过 5 MB 上限，未保存。");
        (await host.Web.WithServiceAsync<BrandsDbContext, int>(db => Task.FromResult(db.Media.Count()))).ShouldBe(mediaBefore);
        Directory.Exists(Path.Combine(host.Web.DataDir, "media", "brands")).ShouldBeFalse();
        (await BrandVersionAsync("B01")).ShouldBe(versionBefore, "the refused posts changed nothing");
    }

    private Task<int> BrandVersionAsync(string code) =>
        host.Web.WithServiceAsync<BrandsDbContext, int>(db => Task.FromResult(db.Brands.Single(b => b.Code == code).VersionNumber));

    private static async Task<WebSession.Page> PostWithCoverAsync(WebSession session, string fileName, byte[] bytes)
    {
        var form = await session.GetAsync("/admin/brands/B01/edit");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.AntiforgeryToken()), "__RequestVerificationToken" },
            { new StringContent("红网联动"), "Input.Title" },
            { new StringContent("GC-QP-YLY"), "Input.CommunityCode" },
            { new StringContent("一张红网联动万家"), "Input.Summary" },
            { new StringContent("save"), "intent" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(file, "CoverUpload", fileName);
        using var response = await session.Client.PostAsync(new Uri("/admin/brands/B01/edit", UriKind.Relative), content);
        return await WebSession.Page.ReadAsync(response);
    }
}
