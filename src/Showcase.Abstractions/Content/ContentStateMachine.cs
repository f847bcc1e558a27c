namespace Showcase.Abstractions.Content;

/// <summary>
/// The editorial state machine every content type shares. Editors work on a draft and submit it; only a
/// version in review can be approved (now or for later) or returned; returning and editing cancel a pending
/// schedule. The public copy stays live while a new draft is worked on, until it is replaced by approval or
/// unpublished.
/// </summary>
public static class ContentStateMachine
{
    /// <exception cref="ContentWorkflowException">the action is not allowed in <paramref name="status"/>.</exception>
    public static ContentStatus Apply(ContentStatus status, ContentAction action) => (action, status.State) switch
    {
        (ContentAction.Save, ContentState.InReview) => throw Refused("Content.Workflow.LockedInReview", status, action),
        (ContentAction.Save, _) => status with { State = ContentState.Draft, IsScheduled = false },
        (ContentAction.Submit, ContentState.Draft) => status with { State = ContentState.InReview },
        (ContentAction.Submit, _) => throw Refused("Content.Workflow.OnlyDraftsSubmit", status, action),
        (ContentAction.Approve, ContentState.InReview) => new ContentStatus(ContentState.Published, IsLive: true, IsScheduled: false),
        (ContentAction.Schedule, ContentState.InReview) => status with { IsScheduled = true },
        (ContentAction.PublishScheduled, ContentState.InReview) when status.IsScheduled => new ContentStatus(ContentState.Published, IsLive: true, IsScheduled: false),
        (ContentAction.Return, ContentState.InReview) => status with { State = ContentState.Draft, IsScheduled = false },
        (ContentAction.Approve or ContentAction.Schedule or ContentAction.Return or ContentAction.PublishScheduled, _) =>
            throw Refused("Content.Workflow.OnlyInReview", status, action),
        (ContentAction.Unpublish, _) when status.IsLive =>
            status with { State = status.State == ContentState.Published ? ContentState.Archived : status.State, IsLive = false },
        (ContentAction.Unpublish, _) => throw Refused("Content.Workflow.NotLive", status, action),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Whether <paramref name="action"/> is allowed now, for showing only the buttons that work.</summary>
    public static bool Allows(ContentStatus status, ContentAction action)
    {
        try
        {
            Apply(status, action);
            return true;
        }
        catch (ContentWorkflowException)
        {
            return false;
        }
    }

    private static ContentWorkflowException Refused(string key, ContentStatus status, ContentAction action) => new(key, status, action);
}
