namespace Showcase.Abstractions.Content;

/// <summary>What someone does to a content item in the editorial workflow.</summary>
public enum ContentAction
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
