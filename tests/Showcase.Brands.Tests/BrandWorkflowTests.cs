using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Jobs;
using Showcase.Brands.Data;
using Showcase.Brands.Models;
using Showcase.Brands.Search;
using Showcase.Core.Audit;
using Showcase.Testing;

namespace Showcase.Brands.Tests;

/// <summary>Brands in the core's shared editorial workflow, on a real SQLite database with the real job store.</summary>
public sealed class BrandWorkflowTests(CommunitiesHost host) : IClassFixture<CommunitiesHost>
{
    private static readonly System.Security.Claims.ClaimsPrincipal Editor = TestUsers.Editor("editor-yly", CommunitiesHost.Community);
    private static readonly System.Security.Claims.ClaimsPrincipal OtherEditor = TestUsers.Editor("editor-ys", CommunitiesHost.OtherCommunity);
    private static readonly System.Security.Claims.ClaimsPrincipal Manager = TestUsers.Manager();

    private static BrandContent Content(string title = "楼道微光", string body = "党员认领楼道，装上声控灯。", string community = CommunitiesHost.Community) => new()
    {
        Title = title,
        CommunityCode = community,
        Summary = "楼栋长带着党员点亮楼道",
        Body = body,
        Tags = ["楼栋长"],
        Figures = [new BrandFigure("点亮楼道", 1200, "个")],
    };

    private static ContentEdit<BrandContent> New(string code, BrandContent? content = null) => new(code, content ?? Content()) { IsNew = true };

    private static ContentEdit<BrandContent> Change(string code, BrandContent content) => new(code, content);

    private Task<T> WithAsync<T>(Func<IContentWorkflow<Brand, BrandContent>, Task<T>> work) =>
        host.InScopeAsync(sp => work(sp.GetRequiredService<IContentWorkflow<Brand, BrandContent>>()));

    private Task<Brand?> FindAsync(string code) =>
        host.InScopeAsync(sp => sp.GetRequiredService<BrandsDbContext>().Brands.AsNoTracking().FirstOrDefaultAsync(b => b.Code == code));

    [Fact]
    public async Task The_whole_workflow_is_versioned_audited_and_only_the_approved_version_is_public()
    {
        await WithAsync(w => w.SaveAsync(Editor, New("W1")));
        await WithAsync(w => w.SubmitAsync(Editor, "W1"));
        await WithAsync(w => w.ApproveAsync(Manager, "W1"));
        await WithAsync(w => w.SaveAsync(Editor, Change("W1", Content(title: "楼道微光（新版）"))));

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
        brand.DistrictCode.ShouldBe("GC");
        published.Content.Title.ShouldBe("楼道微光", "the public copy stays the approved version until the new one is approved");
        published.Content.Body.ShouldBe("党员认领楼道，装上声控灯。");
        published.BodyHtml.ShouldContain("声控灯");
        history.Select(v => v.State).ShouldBe([ContentState.Draft, ContentState.InReview, ContentState.Published, ContentState.Draft]);
        audit.Select(a => a.Action).Reverse().ShouldBe(["brands.brand.created", "brands.brand.submitted", "brands.brand.published", "brands.brand.edited"]);
        audit.ShouldAllBe(a => a.Actor == "editor-yly" || a.Actor == "manager");
    }

    [Fact]
    public async Task A_version_snapshot_is_the_content_value_with_its_state()
    {
        await WithAsync(w => w.SaveAsync(Editor, New("V1")));

        var version = await host.InScopeAsync(async sp => (await sp.GetRequiredService<IContentVersioning>().GetAsync(new ContentRef(Brand.TypeName, "V1"), 1))!);

        version.ReadSnapshot<BrandContent>().ShouldBeEquivalentTo(Content());
        version.SnapshotJson.ShouldContain("\"state\":\"Draft\"");
    }

    [Fact]
    public async Task Saving_and_submitting_at_once_records_two_versions_in_one_command()
    {
        var brand = await WithAsync(w => w.SaveAsync(Editor, New("T1") with { Submit = true }));

        brand.State.ShouldBe(ContentState.InReview);
        brand.VersionNumber.ShouldBe(2);
    }

    [Fact]
    public async Task An_editor_cannot_edit_move_or_create_for_another_community_and_cannot_publish()
    {
        await WithAsync(w => w.SaveAsync(Editor, New("A1")));

        await Should.ThrowAsync<ContentAccessDeniedException>(() => WithAsync(w => w.SaveAsync(OtherEditor, Change("A1", Content(community: CommunitiesHost.OtherCommunity)))));
        await Should.ThrowAsync<ContentAccessDeniedException>(() => WithAsync(w => w.SaveAsync(OtherEditor, New("A2"))));
        await Should.ThrowAsync<ContentAccessDeniedException>(() => WithAsync(w => w.SaveAsync(Editor, Change("A1", Content(community: CommunitiesHost.OtherCommunity)))));
        await WithAsync(w => w.SubmitAsync(Editor, "A1"));
        await Should.ThrowAsync<ContentAccessDeniedException>(() => WithAsync(w => w.ApproveAsync(Editor, "A1")));

        (await FindAsync("A2")).ShouldBeNull();
        (await FindAsync("A1"))!.Content.CommunityCode.ShouldBe(CommunitiesHost.Community);
    }

    [Fact]
    public async Task An_editor_cannot_feature_a_brand_but_keeps_what_a_manager_chose()
    {
        await WithAsync(w => w.SaveAsync(Manager, New("F1", Content() with { IsFeatured = true })));
        await WithAsync(w => w.SaveAsync(Editor, New("F2", Content() with { IsFeatured = true })));

        await WithAsync(w => w.SaveAsync(Editor, Change("F1", Content(title: "改了标题") with { IsFeatured = false })));

        (await FindAsync("F1"))!.Content.IsFeatured.ShouldBeTrue();
        (await FindAsync("F2"))!.Content.IsFeatured.ShouldBeFalse();
    }

    [Fact]
    public async Task Broken_rules_and_a_taken_code_are_reported_together_and_store_nothing()
    {
        await WithAsync(w => w.SaveAsync(Editor, New("C1")));

        var refused = await Should.ThrowAsync<ContentValidationException>(() => WithAsync(w => w.SaveAsync(Editor,
            New("C1", Content() with { Title = "" }) with { Problems = [new ContentError("YearFounded", "Error.Year", 1949, 2026)] })));

        refused.Errors.Select(e => e.Field).ShouldBe(["YearFounded", "Code", "Title"], ignoreOrder: true);
        (await FindAsync("C1"))!.VersionNumber.ShouldBe(1);
    }

    [Fact]
    public async Task A_manager_returns_a_brand_with_a_comment_and_the_editor_sees_it()
    {
        await WithAsync(w => w.SaveAsync(Editor, New("R1")));
        await WithAsync(w => w.SubmitAsync(Editor, "R1"));

        await Should.ThrowAsync<ContentValidationException>(() => WithAsync(w => w.ReturnAsync(Manager, "R1", " ")));
        await Should.ThrowAsync<ContentWorkflowException>(() => WithAsync(w => w.SaveAsync(Editor, Change("R1", Content()))));
        var returned = await WithAsync(w => w.ReturnAsync(Manager, "R1", "请补充成效数字"));

        returned.State.ShouldBe(ContentState.Draft);
        returned.ReviewComment.ShouldBe("请补充成效数字");
        returned.IsLive.ShouldBeFalse();
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_a_new_draft_with_its_fields_and_the_diff_shows_the_change()
    {
        await WithAsync(w => w.SaveAsync(Editor, New("H1", Content(body: "第一版正文"))));
        await WithAsync(w => w.SaveAsync(Editor, Change("H1", Content(body: "第二版正文"))));

        var restored = await WithAsync(w => w.RestoreAsync(Editor, "H1", 1));
        var diff = await WithAsync(async w => await w.DiffAsync(await w.GetAsync(Editor, "H1", ContentOperation.View), 1, 2));

        restored.Content.Body.ShouldBe("第一版正文");
        restored.VersionNumber.ShouldBe(3);
        diff.Single().Field.ShouldBe("body");
        diff.Single().Pieces.ShouldBe([new DiffPiece(DiffKind.Same, "第"), new DiffPiece(DiffKind.Removed, "一"), new DiffPiece(DiffKind.Added, "二"), new DiffPiece(DiffKind.Same, "版正文")]);
        await Should.ThrowAsync<ContentNotFoundException>(() => WithAsync(async w => await w.DiffAsync(restored, 1, 9)));
    }

    [Fact]
    public async Task Only_those_who_may_see_a_brand_get_it_and_an_unknown_code_is_not_found()
    {
        await WithAsync(w => w.SaveAsync(Editor, New("G1")));

        (await WithAsync(w => w.GetAsync(TestUsers.Auditor(), "G1", ContentOperation.View))).Code.ShouldBe("G1");
        await Should.ThrowAsync<ContentAccessDeniedException>(() => WithAsync(w => w.GetAsync(OtherEditor, "G1", ContentOperation.View)));
        await Should.ThrowAsync<ContentNotFoundException>(() => WithAsync(w => w.GetAsync(Manager, "NOPE", ContentOperation.View)));
    }

    [Fact]
    public async Task Unpublishing_takes_the_public_copy_and_the_search_entry_down()
    {
        await WithAsync(w => w.SaveAsync(Editor, New("U1", Content(title: "撤下测试", body: "独一无二的蝴蝶兰花园"))));
        await WithAsync(w => w.SubmitAsync(Editor, "U1"));
        await WithAsync(w => w.ApproveAsync(Manager, "U1"));
        var foundWhilePublished = await host.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<BrandSearchIndex>().Search("蝴蝶兰", 0, 10).Hits.Select(h => h.Code).ToList()));

        var unpublished = await WithAsync(w => w.UnpublishAsync(Manager, "U1", "活动结束"));
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
        await WithAsync(w => w.SaveAsync(Editor, New("S1")));
        await WithAsync(w => w.SubmitAsync(Editor, "S1"));
        var at = host.Clock.Now.AddHours(2);

        var scheduled = await WithAsync(w => w.ApproveAsync(Manager, "S1", at));
        var jobTime = await ScheduledTimeAsync("S1");
        var early = await WithAsync(w => w.PublishScheduledAsync("S1"));
        host.Clock.Now = at.AddMinutes(1);
        var onTime = await WithAsync(w => w.PublishScheduledAsync("S1"));

        scheduled.State.ShouldBe(ContentState.InReview);
        jobTime.ShouldBe(at);
        early.ShouldBeFalse();
        onTime.ShouldBeTrue();
        (await FindAsync("S1"))!.State.ShouldBe(ContentState.Published);
    }

    [Fact]
    public async Task Returning_a_brand_scheduled_for_later_cancels_its_publishing()
    {
        await WithAsync(w => w.SaveAsync(Editor, New("S2")));
        await WithAsync(w => w.SubmitAsync(Editor, "S2"));
        var at = host.Clock.Now.AddDays(1);
        await WithAsync(w => w.ApproveAsync(Manager, "S2", at));

        await WithAsync(w => w.ReturnAsync(Manager, "S2", "再改改"));
        host.Clock.Now = at.AddMinutes(1);
        var published = await WithAsync(w => w.PublishScheduledAsync("S2"));

        (await ScheduledTimeAsync("S2")).ShouldBeNull();
        published.ShouldBeFalse();
    }

    /// <summary>When the real job store (Quartz, in the test's database) will publish the brand, if at all.</summary>
    private Task<DateTimeOffset?> ScheduledTimeAsync(string code) =>
        host.InScopeAsync(sp => sp.GetRequiredService<IJobSchedule>().GetScheduledTimeAsync<Showcase.Core.Content.PublishContentJob>($"content/Brand/{code}"));
}
