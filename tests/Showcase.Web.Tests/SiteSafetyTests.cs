using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Shouldly;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Security;
using Showcase.Testing;
using Showcase.Themes.Testing;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>Refusals as pages with a way back, robots and favicon, module names in both languages.</summary>
public sealed class SiteSafetyTests(ShowcaseWebFactory host) : IClassFixture<ShowcaseWebFactory>
{
    [Fact]
    public async Task A_missing_page_is_a_themed_404_with_a_way_back()
    {
        using var visitor = host.NewSession();

        var page = await visitor.GetAsync("/no-such-page");
        var brand = await visitor.GetAsync("/brands/NO-SUCH-BRAND");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Layout.ShouldBe("red");
        page.Html.ShouldContain("页面不存在");
        page.Html.ShouldContain("<a href=\"/\">返回首页</a>");
        brand.Status.ShouldBe(HttpStatusCode.NotFound);
        brand.Layout.ShouldBe("red");
    }

    [Fact]
    public async Task A_too_long_address_is_a_themed_414_not_an_empty_answer()
    {
        using var visitor = host.NewSession();

        var page = await visitor.GetAsync("/brands/search?q=" + new string('x', 40_000));

        page.Status.ShouldBe(HttpStatusCode.RequestUriTooLong);
        page.Layout.ShouldBe("red");
        page.Html.ShouldContain("地址过长");
        page.Html.ShouldContain("返回首页");
    }

    [Fact]
    public async Task A_long_search_is_cut_to_the_box_length_and_says_so()
    {
        using var visitor = host.NewSession();

        var page = await visitor.GetAsync("/brands/search?q=" + Uri.EscapeDataString(new string('品', 2000)));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Html.ShouldContain("搜索词太长");
        page.Html.ShouldContain("maxlength=\"100\"");
    }

    [Fact]
    public async Task A_form_posted_without_its_token_is_a_themed_400()
    {
        using var visitor = host.NewSession();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.UserName"] = "x", ["Input.Password"] = "y" });

        using var response = await visitor.Client.PostAsync(new Uri("/account/login", UriKind.Relative), content);
        var page = await WebSession.Page.ReadAsync(response);

        page.Status.ShouldBe(HttpStatusCode.BadRequest);
        page.Layout.ShouldBe("admin");
        page.Html.ShouldContain("请求无效");
    }

    [Fact]
    public async Task A_signed_in_user_refused_a_page_gets_a_403_page_in_the_admin_theme_with_a_way_back()
    {
        await host.CreateUserAsync("safety-judge", "safety-pass-11", roles: Roles.Judge);
        using var judge = host.NewSession();
        await judge.SignInAsync("safety-judge", "safety-pass-11");

        var page = await judge.GetAsync("/admin/audit");

        page.Status.ShouldBe(HttpStatusCode.Forbidden);
        page.Layout.ShouldBe("admin");
        page.Html.ShouldContain("无权访问");
        page.Html.ShouldContain("<a href=\"/admin\">返回管理后台</a>");
    }

    [Fact]
    public async Task Robots_and_favicon_are_served()
    {
        using var visitor = host.NewSession();

        using var robots = await visitor.Client.GetAsync(new Uri("/robots.txt", UriKind.Relative));
        using var favicon = await visitor.Client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var text = await robots.Content.ReadAsStringAsync();
        var icon = await favicon.Content.ReadAsByteArrayAsync();

        robots.StatusCode.ShouldBe(HttpStatusCode.OK);
        text.ShouldContain("Disallow: /admin");
        text.ShouldContain("/sitemap.xml");
        favicon.StatusCode.ShouldBe(HttpStatusCode.OK);
        icon[..4].ShouldBe(new byte[] { 0, 0, 1, 0 }, "an ICO file");
        favicon.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Fact]
    public async Task The_home_page_tells_link_previews_the_sites_name_and_what_it_is()
    {
        using var visitor = host.NewSession();

        var home = await visitor.GetAsync("/");

        home.Html.ShouldContain("<meta property=\"og:title\" content=\"池州社区党建品牌展示平台\" />");
        home.Html.ShouldContain("<meta property=\"og:description\"");
        home.Html.ShouldContain("<meta name=\"description\"");
        home.Html.ShouldContain("主办单位：");
    }

    [Fact]
    public async Task A_page_marked_for_framing_may_be_framed_and_no_other()
    {
        using var visitor = host.NewSession();

        using var framed = await visitor.Client.GetAsync(new Uri(TestingTheme.SelectorPath + "/framed", UriKind.Relative));
        using var home = await visitor.Client.GetAsync(new Uri("/", UriKind.Relative));

        framed.StatusCode.ShouldBe(HttpStatusCode.OK);
        string.Join(",", framed.Headers.GetValues("Content-Security-Policy")).ShouldContain("frame-ancestors 'self'");
        framed.Headers.Contains("X-Frame-Options").ShouldBeFalse();
        string.Join(",", home.Headers.GetValues("Content-Security-Policy")).ShouldContain("frame-ancestors 'none'");
        home.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }

    [Fact]
    public void Every_module_and_theme_names_itself_in_both_languages_from_resources()
    {
        var catalog = host.Services.GetRequiredService<ModuleCatalog>();
        var localizers = host.Services.GetRequiredService<IStringLocalizerFactory>();
        var shipped = catalog.Modules.Where(m => m.Id != TestingTheme.Id).ToList();
        shipped.Count.ShouldBeGreaterThanOrEqualTo(5);

        foreach (var module in shipped)
        {
            module.Resources.ShouldNotBeNull($"{module.Id} names no resource class in its manifest");
            var text = localizers.Create(module.Resources);
            foreach (var culture in new[] { "zh-CN", "en" })
            {
                using var _ = new CultureScope(culture);
                text["Manifest.Name"].ResourceNotFound.ShouldBeFalse($"{module.Id} Manifest.Name ({culture})");
                text["Manifest.Description"].ResourceNotFound.ShouldBeFalse($"{module.Id} Manifest.Description ({culture})");
            }
        }
    }

    [Fact]
    public async Task The_dashboard_shows_module_names_in_chinese()
    {
        await host.CreateUserAsync("safety-admin", "safety-pass-12", roles: Roles.Administrator);
        using var admin = host.NewSession();
        await admin.SignInAsync("safety-admin", "safety-pass-12");

        var dashboard = await admin.GetAsync("/admin");

        dashboard.Html.ShouldContain("<td>党建品牌</td>");
        dashboard.Html.ShouldContain("<td>组织架构</td>");
        dashboard.Html.ShouldNotContain("One community, one brand: brand entries");
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _before = System.Globalization.CultureInfo.CurrentUICulture;

        public CultureScope(string culture) => System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);

        public void Dispose() => System.Globalization.CultureInfo.CurrentUICulture = _before;
    }
}

/// <summary>The real process: its headers as Kestrel sends them, and a start that cannot succeed.</summary>
public sealed class SiteStartTests
{
    [Fact]
    public async Task The_real_host_sends_no_server_header_and_the_security_headers()
    {
        await using var site = await ShowcaseProcess.StartAsync(new Dictionary<string, string> { ["Showcase:SeedDemoData"] = "false" });
        using var http = new HttpClient();

        using var home = await http.GetAsync(site.WebUrl);
        using var css = await http.GetAsync(new Uri(site.WebUrl, "/_content/Showcase.Themes.Red/red.css"));

        home.Headers.Contains("Server").ShouldBeFalse();
        css.Headers.Contains("Server").ShouldBeFalse();
        string.Join(",", home.Headers.GetValues("Content-Security-Policy")).ShouldContain("default-src 'self'");
        css.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Fact]
    public async Task A_busy_port_stops_the_start_with_one_line_and_exit_code_1_before_any_first_start_work()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var dataDir = Directory.CreateTempSubdirectory("showcase-test-").FullName;
        try
        {
            var (exit, output) = await ShowcaseProcess.RunVerbAsync(dataDir, [], settings: new Dictionary<string, string>
            {
                ["Kestrel:Endpoints:Web:Url"] = $"http://127.0.0.1:{port}",
                ["Kestrel:Endpoints:Grpc:Url"] = "http://127.0.0.1:0",
            });

            exit.ShouldBe(1, output);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            lines.Length.ShouldBe(1, output);
            lines[0].ShouldStartWith("showcase: port " + port);
            output.ShouldNotContain("Password");
            File.Exists(Path.Combine(dataDir, "showcase.db")).ShouldBeFalse("nothing was migrated");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task An_unreachable_postgresql_stops_the_start_with_one_line_and_exit_code_1()
    {
        var dataDir = Directory.CreateTempSubdirectory("showcase-test-").FullName;
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        try
        {
            var (exit, output) = await ShowcaseProcess.RunVerbAsync(dataDir, [], settings: new Dictionary<string, string>
            {
                ["Showcase:Database:Provider"] = "Postgres",
                ["Showcase:Database:ConnectionString"] = $"Host=127.0.0.1;Port={port};Username=postgres;Timeout=3",
                ["Kestrel:Endpoints:Web:Url"] = "http://127.0.0.1:0",
                ["Kestrel:Endpoints:Grpc:Url"] = "http://127.0.0.1:0",
            });

            exit.ShouldBe(1, output);
            // EF Core may log the failed connection first; the host's own word is one line, without a stack trace.
            output.ShouldNotContain("   at ");
            output.Trim().Split('\n')[^1].ShouldStartWith("showcase: cannot reach PostgreSQL");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_bad_setting_stops_the_start_with_one_line_and_exit_code_1()
    {
        var dataDir = Directory.CreateTempSubdirectory("showcase-test-").FullName;
        try
        {
            var (exit, output) = await ShowcaseProcess.RunVerbAsync(dataDir, [], settings: new Dictionary<string, string>
            {
                ["Showcase:Database:Provider"] = "Oracle",
            });

            exit.ShouldBe(1, output);
            output.Trim().Split('\n').Length.ShouldBe(1, output);
            output.ShouldStartWith("showcase: ");
            output.ShouldContain("Oracle");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
