using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Security;
using Showcase.Core.Data;
using Showcase.Core.Identity;
using Showcase.Core.Outbox;
using Showcase.Core.Recipes;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>
/// How many database commands one rendered request sends, counted by an EF Core interceptor on every
/// module context. The figures are budgets: a change that adds a command to a page fails here and has to
/// say why in the expected value. Each test has its own host (fresh caches), so the first request shows what
/// a first view after a start or a publication costs, and the second what every further rendering costs.
/// </summary>
public sealed class DatabaseCommandTests : IAsyncLifetime, IDisposable
{
    private const string Password = "command-tests-pass-1";

    private CommandCounter? _counter;
    private readonly ShowcaseWebFactory _web;

    public DatabaseCommandTests() =>
        _web = new ShowcaseWebFactory(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton(sp => _counter ??= new CommandCounter(sp.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>()));
            services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<CommandCounter>());
        });

    public async Task InitializeAsync()
    {
        await _web.WithServiceAsync<RecipeRunner, RecipeResult>(runner => runner.RunAsync(new MemoryStream("""
            { "name": "command-tests", "steps": [
              { "step": "organizations", "units": [
                { "code": "CZ", "name": "池州市", "kind": "city" },
                { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
                { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
                { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" } ] },
              { "step": "brands", "brands": [
                { "code": "C01", "title": "红网联动", "community": "GC-QP-YLY", "summary": "一张红网联动万家", "body": "正文", "tags": ["网格治理"] },
                { "code": "C02", "title": "楼栋长", "community": "GC-QP-YLY", "summary": "楼栋长在身边", "body": "正文", "tags": ["网格治理", "志愿服务"] },
                { "code": "C03", "title": "草稿", "community": "GC-QP-YLY", "summary": "尚未发布", "body": "正文", "state": "draft" } ] } ] }
            """u8.ToArray()), "test"));
        await _web.CreateUserAsync("manager", Password, roles: Roles.ProgramManager);

        // The figures are of a quiet host: every event of the setup delivered. Under the whole suite's load a handler
        // may fail and be tried again by the outbox seconds later; that delivery (a brand published) empties the
        // public caches, and landing between two requests it made the second one read the database again.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await _web.WithServiceAsync<CoreDbContext, int>(db => db.Outbox.CountAsync(m => m.Kind != OutboxMessageKind.Announcement && m.ClaimedUntil != OutboxMessage.Parked)) > 0)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the setup's events are still undelivered after 60 s");
            await Task.Delay(100);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task The_home_page_reads_the_database_only_when_its_caches_are_cold()
    {
        using var visitor = AnonymousRendered();

        var first = await CountAsync(visitor, "/");
        var again = await CountAsync(visitor, "/");

        // First view: the site settings row (layout, footer and theme choice share one cached copy), the
        // featured brands and the brands per district. (The organisation tree is already in memory: indexing
        // the setup's brands read it.)
        first.Count.ShouldBe(3, Describe(first));
        // Then everything the home page shows is held in memory until a publication or its expiry.
        again.Count.ShouldBe(0, Describe(again));
    }

    [Fact]
    public async Task The_brand_list_reads_the_database_only_when_its_caches_are_cold()
    {
        using var visitor = AnonymousRendered();

        var first = await CountAsync(visitor, "/brands");
        var again = await CountAsync(visitor, "/brands");

        // First view: the site settings, the tags, then the count and the page of brands (the organisation
        // tree is in memory, as above).
        first.Count.ShouldBe(4, Describe(first));
        again.Count.ShouldBe(0, Describe(again));
    }

    [Fact]
    public async Task The_admin_brand_list_for_a_manager_reads_only_what_it_lists()
    {
        using var manager = _web.NewSession();
        (await manager.SignInAsync("manager", Password)).Status.ShouldBe(HttpStatusCode.Redirect);

        var first = await CountAsync(manager, "/admin/brands");
        var again = await CountAsync(manager, "/admin/brands");

        // Working copies are never cached: the years for the filter, the count and the page of brands. The
        // user's permissions come from the sign-in cookie's roles; the settings and the tree are cached. The
        // security stamp and lockout were read by the first request and are held until the user's row changes
        // (a lock still takes effect at the next request: UsersAdminTests) or the check interval passes.
        again.Count.ShouldBe(3, Describe(again));
        first.Count.ShouldBeGreaterThanOrEqualTo(again.Count + 1, Describe(first));
    }

    [Fact]
    public async Task The_home_page_signed_in_reads_the_database_only_when_its_caches_are_cold()
    {
        using var manager = _web.NewSession();
        (await manager.SignInAsync("manager", Password)).Status.ShouldBe(HttpStatusCode.Redirect);

        var first = await CountAsync(manager, "/");
        var again = await CountAsync(manager, "/");

        // A signed-in user's home page is rendered for them (never the output cache's copy) from the same caches
        // as a visitor's, and their stamp and lockout are remembered between requests.
        first.Count.ShouldBeGreaterThan(0, Describe(first));
        again.Count.ShouldBe(0, Describe(again));
    }

    /// <summary>An anonymous visitor whose pages are rendered, not served from the output cache (which never serves a request with an Authorization header).</summary>
    private WebSession AnonymousRendered()
    {
        var session = _web.NewSession();
        session.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Test", "rendered");
        return session;
    }

    private async Task<IReadOnlyList<string>> CountAsync(WebSession session, string path)
    {
        _ = _web.Services; // the host and with it the counter exist
        _counter.ShouldNotBeNull().Reset();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(CommandCounter.Header, "1");
        using var response = await session.Client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return _counter.Commands;
    }

    private static string Describe(IReadOnlyList<string> commands) =>
        $"{commands.Count} commands:\n" + string.Join("\n---\n", commands);
}
