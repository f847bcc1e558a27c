using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Jobs;
using Showcase.Brands.Data;
using Showcase.Brands.Jobs;
using Showcase.Brands.Models;
using Showcase.Brands.Search;
using Showcase.Brands.Services;
using Showcase.Core.Audit;
using Showcase.Core.Data;
using Showcase.Testing;

namespace Showcase.Brands.Tests;

/// <summary>A migrated SQLite database with two communities in two districts, shared by a test class.</summary>
public sealed class BrandsHost : IAsyncLifetime
{
    public TestClock Clock { get; } = new();

    public ShowcaseTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await ShowcaseTestHost.StartAsync(configure: services => services.AddSingleton<TimeProvider>(Clock));
        await Host.RunRecipeAsync("""
            { "name": "brand-service-tests", "steps": [
              { "step": "organizations", "units": [
                { "code": "CZ", "name": "池州市", "kind": "city" },
                { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
                { "code": "DZ", "name": "东至县", "kind": "district", "parent": "CZ" },
                { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
                { "code": "DZ-YD", "name": "尧渡镇", "kind": "street", "parent": "DZ" },
                { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" },
                { "code": "DZ-YD-YS", "name": "尧舜社区", "kind": "community", "parent": "DZ-YD" } ] } ] }
            """);
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => Host.InScopeAsync(work);

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}

public sealed class BrandServiceTests(BrandsHost host) : IClassFixture<BrandsHost>
{
    private static readonly BrandActor Editor = new("editor-yly", "GC-QP-YLY", CanView: true, CanEditOwn: true, CanEditAll: false, CanPublish: false);
    private static readonly BrandActor OtherEditor = new("editor-ys", "DZ-YD-YS", CanView: true, CanEditOwn: true, CanEditAll: false, CanPublish: false);
    private static readonly BrandActor Manager = new("manager", "", CanView: true, CanEditOwn: false, CanEditAll: true, CanPublish: true);

    private static BrandInput Input(string code, string title = "楼道微光", string body = "党员认领楼道，装上声控灯。") => new()
    {
        Code = code,
        Title = title,
        CommunityCode = "GC-QP-YLY",
        Summary = "楼栋长带着党员点亮楼道",
        Body = body,
        Tags = ["楼栋长"],
        Figures = [new BrandFigure("点亮楼道", 1200, "个")],
    };

    private Task<T> WithAsync<T>(Func<BrandService, IServiceProvider, Task<T>> work) =>
        host.InScopeAsync(sp => work(sp.GetRequiredService<BrandService>(), sp));

    [Fact]
    public async Task The_whole_workflow_is_versioned_audited_and_only_the_approved_version_is_public()
    {
        await WithAsync((brands, _) => brands.SaveDraftAsync(Editor, null, Input("W1")));
        await WithAsync((brands, _) => brands.SubmitAsync(Editor, "W1"));
        await WithAsync((brands, _) => brands.ApproveAsync(Manager, "W1"));
        await WithAsync((brands, _) => brands.SaveDraftAsync(Editor, "W1", Input("W1", title: "楼道微光（新版）")));

        var (brand, published, history, audit) = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<BrandsDbContext>();
            var b = await db.Brands.AsNoTracking().SingleAsync(x => x.Code == "W1");
            var p = await db.Published.AsNoTracking().SingleAsync(x => x.Code == "W1");
            var h = await sp.GetRequiredService<IContentVersioning>().HistoryAsync(b.Ref);
            var a = await sp.GetRequiredService<AuditLog>().ListAsync("Brand/W1");
            return (b, p, h, a);
        });

        brand.State.ShouldBe(ContentState.Draft);
        brand.IsLive.ShouldBeTrue();
        published.Title.ShouldBe("楼道微光", "the public copy stays the approved version until the new one is approved");
        history.Select(v => v.State).ShouldBe([ContentState.Draft, ContentState.InReview, ContentState.Published, ContentState.Draft]);
        audit.Select(a => a.Action).Reverse().ShouldBe(["brand.create", "brand.submit", "brand.publish", "brand.edit"]);
        audit.ShouldAllBe(a => a.Actor == "editor-yly" || a.Actor == "manager");
    }

    [Fact]
    public async Task An_editor_cannot_edit_or_create_for_another_community_and_cannot_publish()
    {
        await WithAsync((brands, _) => brands.SaveDraftAsync(Editor, null, Input("A1")));

        await Should.ThrowAsync<BrandAccessDeniedException>(() => WithAsync((brands, _) => brands.SaveDraftAsync(OtherEditor, "A1", Input("A1"))));
        await Should.ThrowAsync<BrandAccessDeniedException>(() => WithAsync((brands, _) => brands.SaveDraftAsync(OtherEditor, null, Input("A2"))));
        await WithAsync((brands, _) => brands.SubmitAsync(Editor, "A1"));
        await Should.ThrowAsync<BrandAccessDeniedException>(() => WithAsync((brands, _) => brands.ApproveAsync(Editor, "A1")));
        (await WithAsync((brands, _) => brands.FindAsync("A2"))).ShouldBeNull();
    }

    [Fact]
    public async Task A_manager_returns_a_brand_with_a_comment_and_the_editor_sees_it()
    {
        await WithAsync((brands, _) => brands.SaveDraftAsync(Editor, null, Input("R1")));
        await WithAsync((brands, _) => brands.SubmitAsync(Editor, "R1"));

        await Should.ThrowAsync<BrandValidationException>(() => WithAsync((brands, _) => brands.ReturnAsync(Manager, "R1", " ")));
        var returned = await WithAsync((brands, _) => brands.ReturnAsync(Manager, "R1", "请补充成效数字"));

        returned.State.ShouldBe(ContentState.Draft);
        returned.ReviewComment.ShouldBe("请补充成效数字");
        returned.IsLive.ShouldBeFalse();
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_a_new_draft_with_its_fields_and_the_diff_shows_the_change()
    {
        await WithAsync((brands, _) => brands.SaveDraftAsync(Editor, null, Input("H1", body: "第一版正文")));
        await WithAsync((brands, _) => brands.SaveDraftAsync(Editor, "H1", Input("H1", body: "第二版正文")));

        var restored = await WithAsync((brands, _) => brands.RestoreAsync(Editor, "H1", 1));
        var diff = await host.InScopeAsync(sp => sp.GetRequiredService<IContentVersioning>().DiffAsync(new ContentRef(Brand.ContentType, "H1"), 1, 2));

        restored.Body.ShouldBe("第一版正文");
        restored.VersionNumber.ShouldBe(3);
        diff.Single().Field.ShouldBe("body");
        diff.Single().Before.ShouldBe("第一版正文");
        diff.Single().After.ShouldBe("第二版正文");
    }

    [Fact]
    public async Task Unpublishing_takes_the_public_copy_and_the_search_entry_down()
    {
        await WithAsync((brands, _) => brands.SaveDraftAsync(Editor, null, Input("U1", title: "撤下测试", body: "独一无二的蝴蝶兰花园")));
        await WithAsync((brands, _) => brands.SubmitAsync(Editor, "U1"));
        await WithAsync((brands, _) => brands.ApproveAsync(Manager, "U1"));
        var foundWhilePublished = await host.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<BrandSearchIndex>().Search("蝴蝶兰", 0, 10).Hits.Select(h => h.Code).ToList()));

        var unpublished = await WithAsync((brands, _) => brands.UnpublishAsync(Manager, "U1", "活动结束"));
        var (row, found) = await host.InScopeAsync(async sp => (
            await sp.GetRequiredService<BrandsDbContext>().Published.AnyAsync(p => p.Code == "U1"),
            sp.GetRequiredService<BrandSearchIndex>().Search("蝴蝶兰", 0, 10).Hits.Count));

        foundWhilePublished.ShouldBe(["U1"]);
        unpublished.State.ShouldBe(ContentState.Archived);
        row.ShouldBeFalse();
        found.ShouldBe(0);
    }

    [Fact]
    public async Task Publishing_later_waits_for_its_time()
    {
        await WithAsync((brands, _) => brands.SaveDraftAsync(Editor, null, Input("S1")));
        await WithAsync((brands, _) => brands.SubmitAsync(Editor, "S1"));
        var at = host.Clock.Now.AddHours(2);

        var scheduled = await WithAsync((brands, _) => brands.ApproveAsync(Manager, "S1", at));
        var jobTime = await ScheduledTimeAsync("S1");
        var early = await WithAsync((brands, _) => brands.PublishScheduledAsync("S1"));
        host.Clock.Now = at.AddMinutes(1);
        var onTime = await WithAsync((brands, _) => brands.PublishScheduledAsync("S1"));

        scheduled.State.ShouldBe(ContentState.InReview);
        jobTime.ShouldBe(at);
        early.ShouldBeFalse();
        onTime.ShouldBeTrue();
        (await WithAsync((brands, _) => brands.FindAsync("S1")))!.State.ShouldBe(ContentState.Published);
    }

    [Fact]
    public async Task Returning_a_brand_scheduled_for_later_cancels_its_publishing()
    {
        await WithAsync((brands, _) => brands.SaveDraftAsync(Editor, null, Input("S2")));
        await WithAsync((brands, _) => brands.SubmitAsync(Editor, "S2"));
        var at = host.Clock.Now.AddDays(1);
        await WithAsync((brands, _) => brands.ApproveAsync(Manager, "S2", at));

        await WithAsync((brands, _) => brands.ReturnAsync(Manager, "S2", "再改改"));
        host.Clock.Now = at.AddMinutes(1);
        var published = await WithAsync((brands, _) => brands.PublishScheduledAsync("S2"));

        (await ScheduledTimeAsync("S2")).ShouldBeNull();
        published.ShouldBeFalse();
    }

    /// <summary>When the real job store (Quartz, in the test's database) will publish the brand, if at all.</summary>
    private Task<DateTimeOffset?> ScheduledTimeAsync(string code) =>
        host.InScopeAsync(sp => sp.GetRequiredService<IJobSchedule>().GetScheduledTimeAsync<PublishBrandJob>(PublishBrandJob.Key(code)));
}
