using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Security;
using Showcase.Core.Audit;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>The audit log page: who may read it, its filters and paging, readable action names, the CSV export.</summary>
public sealed class AuditLogPageTests(ShowcaseWebFactory host) : IClassFixture<ShowcaseWebFactory>, IAsyncLifetime
{
    private const string Password = "audit-pass-111";

    public async Task InitializeAsync()
    {
        if (await host.UserExistsAsync("auditor1"))
        {
            return;
        }

        await host.CreateUserAsync("auditor1", Password, roles: Roles.Auditor);
        await host.CreateUserAsync("editor-audit", Password, roles: Roles.CommunityEditor);
        await using var scope = host.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
        {
            for (var i = 0; i < 60; i++)
            {
                await log.WriteAsync("editor-yly", "brand.edit", $"brand/B{i:00}", $"version {i}", ct);
            }

            await log.WriteAsync("manager", "brand.publish", "brand/B07", "=HYPERLINK(\"http://x\")", ct);
            await log.WriteAsync("recipe:default", "brand.some-new-action", "brand/B08", "", ct);
            await log.WriteAsync("manager", "brands.brand.returned", "Brand/B09", "", ct);
            return 0;
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_auditor_reads_the_log_with_readable_actions_newest_first_and_paged()
    {
        using var auditor = await SignInAsync("auditor1");

        var first = await auditor.GetAsync("/admin/audit");
        var second = await auditor.GetAsync("/admin/audit?page=2");

        first.Status.ShouldBe(HttpStatusCode.OK);
        first.Layout.ShouldBe("admin");
        first.Html.ShouldContain("品牌 · 发布");
        first.Html.ShouldContain("品牌 · some new action", customMessage: "an action without its own text reads as its object and its words");
        first.Html.ShouldContain("品牌 · 退回修改", customMessage: "the noun before the verb names the object (brands.brand.returned)");
        first.Html.ShouldContain("配方“default”");
        first.Html.IndexOf("brand/B08", StringComparison.Ordinal).ShouldBeLessThan(first.Html.IndexOf("brand/B59", StringComparison.Ordinal), "newest first");
        first.Html.ShouldContain("rel=\"next\"");
        second.Html.ShouldContain("rel=\"prev\"");
        second.Html.ShouldNotContain("brand/B59");
    }

    [Fact]
    public async Task The_filters_narrow_by_person_action_object_and_day()
    {
        using var auditor = await SignInAsync("auditor1");
        var today = DateTimeOffset.UtcNow.ToOffset(AuditQuery.Offset).ToString("yyyy-MM-dd");
        var tomorrow = DateTimeOffset.UtcNow.ToOffset(AuditQuery.Offset).AddDays(1).ToString("yyyy-MM-dd");

        var byPerson = await auditor.GetAsync("/admin/audit?actor=manager&target=B07");
        var byAction = await auditor.GetAsync("/admin/audit?action=brand.publish");
        var byObject = await auditor.GetAsync("/admin/audit?target=B42");
        var byToday = await auditor.GetAsync($"/admin/audit?action=brand.publish&from={today}&to={today}");
        var byTomorrow = await auditor.GetAsync($"/admin/audit?from={tomorrow}");

        byPerson.Html.ShouldContain("共 1 条记录");
        byAction.Html.ShouldContain("共 1 条记录");
        byObject.Html.ShouldContain("共 1 条记录");
        byObject.Html.ShouldContain("brand/B42");
        byToday.Html.ShouldContain("共 1 条记录");
        byTomorrow.Html.ShouldContain("共 0 条记录");
        byTomorrow.Html.ShouldContain("清除筛选");
    }

    [Fact]
    public async Task The_csv_export_holds_what_the_filter_shows_and_defuses_formulas()
    {
        using var auditor = await SignInAsync("auditor1");

        using var response = await auditor.Client.GetAsync(new Uri("/admin/audit?action=brand.publish&handler=Csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var csv = System.Text.Encoding.UTF8.GetString(bytes);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "a byte order mark, for spreadsheet programs");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain("\"品牌 · 发布\",\"brand.publish\",\"brand/B07\"");
        lines[1].ShouldContain("\"'=HYPERLINK(\"\"http://x\"\")\"");
    }

    [Fact]
    public async Task Who_is_neither_auditor_nor_administrator_is_refused_the_log_and_its_export()
    {
        using var editor = await SignInAsync("editor-audit");

        (await editor.GetAsync("/admin/audit")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await editor.GetAsync("/admin/audit?handler=Csv")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<WebSession> SignInAsync(string userName)
    {
        var session = host.NewSession();
        (await session.SignInAsync(userName, Password)).Location.ShouldBe("/admin");
        return session;
    }
}
