using Showcase.Abstractions.Content;

namespace Showcase.Brands.Services;

/// <summary>What someone does to a brand entry.</summary>
public enum BrandAction
{
    /// <summary>Create or change the working copy (also restoring an old version).</summary>
    Save,
    Submit,
    /// <summary>Approve and publish now.</summary>
    Approve,
    /// <summary>Approve and publish at a later time.</summary>
    Schedule,
    /// <summary>Send back to the editor with a comment.</summary>
    Return,
    Unpublish,
    /// <summary>The scheduler publishes a version approved for later.</summary>
    PublishScheduled,
}

/// <summary>
/// Where an entry stands: the working copy's state, whether a published copy is on the public site,
/// and whether an approved version waits for its publishing time.
/// </summary>
public readonly record struct BrandStatus(ContentState State, bool IsLive, bool IsScheduled);

/// <summary>An action that the entry's state does not allow. <see cref="Key"/> names the message.</summary>
public sealed class BrandWorkflowException(string key, BrandStatus status, BrandAction action)
    : Exception($"{action} is not allowed while the brand is {status.State}{(status.IsLive ? " (live)" : "")}.")
{
    public string Key { get; } = key;
}

/// <summary>
/// The editorial state machine. Editors work on a draft and submit it; only a version in review can be
/// approved (now or for later) or returned; returning and editing cancel a pending schedule. The public
/// copy stays live while a new draft is worked on, until it is replaced by approval or unpublished.
/// </summary>
public static class BrandWorkflow
{
    public static BrandStatus Apply(BrandStatus status, BrandAction action) => (action, status.State) switch
    {
        (BrandAction.Save, ContentState.InReview) => throw new BrandWorkflowException("Workflow.LockedInReview", status, action),
        (BrandAction.Save, _) => status with { State = ContentState.Draft, IsScheduled = false },
        (BrandAction.Submit, ContentState.Draft) => status with { State = ContentState.InReview },
        (BrandAction.Submit, _) => throw new BrandWorkflowException("Workflow.OnlyDraftsSubmit", status, action),
        (BrandAction.Approve, ContentState.InReview) => new BrandStatus(ContentState.Published, IsLive: true, IsScheduled: false),
        (BrandAction.Schedule, ContentState.InReview) => status with { IsScheduled = true },
        (BrandAction.PublishScheduled, ContentState.InReview) when status.IsScheduled => new BrandStatus(ContentState.Published, IsLive: true, IsScheduled: false),
        (BrandAction.Return, ContentState.InReview) => status with { State = ContentState.Draft, IsScheduled = false },
        (BrandAction.Approve or BrandAction.Schedule or BrandAction.Return or BrandAction.PublishScheduled, _) =>
            throw new BrandWorkflowException("Workflow.OnlyInReview", status, action),
        (BrandAction.Unpublish, _) when status.IsLive =>
            status with { State = status.State == ContentState.Published ? ContentState.Archived : status.State, IsLive = false },
        (BrandAction.Unpublish, _) => throw new BrandWorkflowException("Workflow.NotLive", status, action),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Whether <paramref name="action"/> is allowed now, for showing only the buttons that work.</summary>
    public static bool Allows(BrandStatus status, BrandAction action)
    {
        try
        {
            Apply(status, action);
            return true;
        }
        catch (BrandWorkflowException)
        {
            return false;
        }
    }
}
