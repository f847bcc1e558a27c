using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Brands.Services;

namespace Showcase.Brands.Tests;

public sealed class BrandWorkflowTests
{
    private static readonly BrandStatus NewDraft = new(ContentState.Draft, IsLive: false, IsScheduled: false);

    [Fact]
    public void A_draft_goes_to_review_then_live_on_approval()
    {
        var inReview = BrandWorkflow.Apply(NewDraft, BrandAction.Submit);
        inReview.State.ShouldBe(ContentState.InReview);

        var published = BrandWorkflow.Apply(inReview, BrandAction.Approve);
        published.ShouldBe(new BrandStatus(ContentState.Published, IsLive: true, IsScheduled: false));
    }

    [Fact]
    public void Only_a_version_in_review_can_be_approved_or_returned()
    {
        Should.Throw<BrandWorkflowException>(() => BrandWorkflow.Apply(NewDraft, BrandAction.Approve)).Key.ShouldBe("Workflow.OnlyInReview");
        Should.Throw<BrandWorkflowException>(() => BrandWorkflow.Apply(NewDraft, BrandAction.Return));
        Should.Throw<BrandWorkflowException>(() => BrandWorkflow.Apply(NewDraft, BrandAction.Schedule));
    }

    [Fact]
    public void A_brand_in_review_cannot_be_edited_until_returned()
    {
        var inReview = BrandWorkflow.Apply(NewDraft, BrandAction.Submit);
        Should.Throw<BrandWorkflowException>(() => BrandWorkflow.Apply(inReview, BrandAction.Save)).Key.ShouldBe("Workflow.LockedInReview");

        var returned = BrandWorkflow.Apply(inReview, BrandAction.Return);
        returned.State.ShouldBe(ContentState.Draft);
        BrandWorkflow.Allows(returned, BrandAction.Save).ShouldBeTrue();
    }

    [Fact]
    public void Editing_a_published_brand_keeps_the_public_copy_live_until_unpublished()
    {
        var live = new BrandStatus(ContentState.Published, IsLive: true, IsScheduled: false);

        var edited = BrandWorkflow.Apply(live, BrandAction.Save);
        edited.ShouldBe(new BrandStatus(ContentState.Draft, IsLive: true, IsScheduled: false));

        var unpublished = BrandWorkflow.Apply(edited, BrandAction.Unpublish);
        unpublished.ShouldBe(new BrandStatus(ContentState.Draft, IsLive: false, IsScheduled: false));
    }

    [Fact]
    public void Unpublishing_a_published_brand_archives_it_and_a_second_unpublish_is_refused()
    {
        var archived = BrandWorkflow.Apply(new BrandStatus(ContentState.Published, true, false), BrandAction.Unpublish);
        archived.ShouldBe(new BrandStatus(ContentState.Archived, IsLive: false, IsScheduled: false));
        Should.Throw<BrandWorkflowException>(() => BrandWorkflow.Apply(archived, BrandAction.Unpublish)).Key.ShouldBe("Workflow.NotLive");
    }

    [Fact]
    public void A_scheduled_version_is_published_by_the_scheduler_but_editing_or_returning_cancels_it()
    {
        var scheduled = BrandWorkflow.Apply(BrandWorkflow.Apply(NewDraft, BrandAction.Submit), BrandAction.Schedule);
        scheduled.ShouldBe(new BrandStatus(ContentState.InReview, IsLive: false, IsScheduled: true));

        BrandWorkflow.Apply(scheduled, BrandAction.PublishScheduled).ShouldBe(new BrandStatus(ContentState.Published, true, false));
        BrandWorkflow.Apply(scheduled, BrandAction.Return).IsScheduled.ShouldBeFalse();
        BrandWorkflow.Allows(scheduled with { IsScheduled = false }, BrandAction.PublishScheduled).ShouldBeFalse();
    }

    [Fact]
    public void Only_drafts_are_submitted()
    {
        Should.Throw<BrandWorkflowException>(() => BrandWorkflow.Apply(new BrandStatus(ContentState.Published, true, false), BrandAction.Submit))
            .Key.ShouldBe("Workflow.OnlyDraftsSubmit");
    }
}
