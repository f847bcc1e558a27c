using Shouldly;
using Showcase.Abstractions.Content;

namespace Showcase.Core.Tests.Content;

public sealed class ContentStateMachineTests
{
    private static readonly ContentStatus NewDraft = new(ContentState.Draft, IsLive: false, IsScheduled: false);

    [Fact]
    public void A_draft_goes_to_review_then_live_on_approval()
    {
        var inReview = ContentStateMachine.Apply(NewDraft, ContentAction.Submit);
        inReview.State.ShouldBe(ContentState.InReview);

        var published = ContentStateMachine.Apply(inReview, ContentAction.Approve);
        published.ShouldBe(new ContentStatus(ContentState.Published, IsLive: true, IsScheduled: false));
    }

    [Fact]
    public void Only_a_version_in_review_can_be_approved_or_returned()
    {
        Should.Throw<ContentWorkflowException>(() => ContentStateMachine.Apply(NewDraft, ContentAction.Approve)).Key.ShouldBe("Content.Workflow.OnlyInReview");
        Should.Throw<ContentWorkflowException>(() => ContentStateMachine.Apply(NewDraft, ContentAction.Return));
        Should.Throw<ContentWorkflowException>(() => ContentStateMachine.Apply(NewDraft, ContentAction.Schedule));
    }

    [Fact]
    public void A_brand_in_review_cannot_be_edited_until_returned()
    {
        var inReview = ContentStateMachine.Apply(NewDraft, ContentAction.Submit);
        Should.Throw<ContentWorkflowException>(() => ContentStateMachine.Apply(inReview, ContentAction.Save)).Key.ShouldBe("Content.Workflow.LockedInReview");

        var returned = ContentStateMachine.Apply(inReview, ContentAction.Return);
        returned.State.ShouldBe(ContentState.Draft);
        ContentStateMachine.Allows(returned, ContentAction.Save).ShouldBeTrue();
    }

    [Fact]
    public void Editing_a_published_brand_keeps_the_public_copy_live_until_unpublished()
    {
        var live = new ContentStatus(ContentState.Published, IsLive: true, IsScheduled: false);

        var edited = ContentStateMachine.Apply(live, ContentAction.Save);
        edited.ShouldBe(new ContentStatus(ContentState.Draft, IsLive: true, IsScheduled: false));

        var unpublished = ContentStateMachine.Apply(edited, ContentAction.Unpublish);
        unpublished.ShouldBe(new ContentStatus(ContentState.Draft, IsLive: false, IsScheduled: false));
    }

    [Fact]
    public void Unpublishing_a_published_brand_archives_it_and_a_second_unpublish_is_refused()
    {
        var archived = ContentStateMachine.Apply(new ContentStatus(ContentState.Published, true, false), ContentAction.Unpublish);
        archived.ShouldBe(new ContentStatus(ContentState.Archived, IsLive: false, IsScheduled: false));
        Should.Throw<ContentWorkflowException>(() => ContentStateMachine.Apply(archived, ContentAction.Unpublish)).Key.ShouldBe("Content.Workflow.NotLive");
    }

    [Fact]
    public void A_scheduled_version_is_published_by_the_scheduler_but_editing_or_returning_cancels_it()
    {
        var scheduled = ContentStateMachine.Apply(ContentStateMachine.Apply(NewDraft, ContentAction.Submit), ContentAction.Schedule);
        scheduled.ShouldBe(new ContentStatus(ContentState.InReview, IsLive: false, IsScheduled: true));

        ContentStateMachine.Apply(scheduled, ContentAction.PublishScheduled).ShouldBe(new ContentStatus(ContentState.Published, true, false));
        ContentStateMachine.Apply(scheduled, ContentAction.Return).IsScheduled.ShouldBeFalse();
        ContentStateMachine.Allows(scheduled with { IsScheduled = false }, ContentAction.PublishScheduled).ShouldBeFalse();
    }

    [Fact]
    public void Only_drafts_are_submitted()
    {
        Should.Throw<ContentWorkflowException>(() => ContentStateMachine.Apply(new ContentStatus(ContentState.Published, true, false), ContentAction.Submit))
            .Key.ShouldBe("Content.Workflow.OnlyDraftsSubmit");
    }
}
