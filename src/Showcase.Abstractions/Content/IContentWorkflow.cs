using System.Security.Claims;

namespace Showcase.Abstractions.Content;

/// <summary>
/// The editorial workflow of one content type: draft, submit, approve (now or later), return, unpublish,
/// history, diff and restore. Each change is one command of the unit of work: the item is loaded once, the
/// user's right checked once through <see cref="ContentOperation"/>, the change checked once by the type's
/// <see cref="IContentStore{TItem, TContent}"/> and the <see cref="ContentStateMachine"/>, then stored with a
/// new version (the content as a JSON snapshot) and one audit line. Publish-later is a job kept by the core.
/// </summary>
/// <remarks>
/// Refusals are exceptions the content pages' filter maps once: <see cref="ContentNotFoundException"/> (404),
/// <see cref="ContentAccessDeniedException"/> (403), <see cref="ContentValidationException"/> and
/// <see cref="ContentWorkflowException"/> (the page again, with the messages).
/// </remarks>
public interface IContentWorkflow<TItem, TContent> : IContentPublishing
    where TItem : ContentItem<TContent>
    where TContent : class, new()
{
    /// <summary>The item, if <paramref name="user"/> may do <paramref name="operation"/> with it. Not tracked for changes.</summary>
    Task<TItem> GetAsync(ClaimsPrincipal user, string code, ContentOperation operation, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="user"/> may do <paramref name="operation"/> with <paramref name="item"/> (to show only the buttons that work).</summary>
    Task<bool> MayAsync(ClaimsPrincipal user, TItem item, ContentOperation operation);

    /// <summary>Creates the item or changes its working copy (and submits it when asked).</summary>
    Task<TItem> SaveAsync(ClaimsPrincipal user, ContentEdit<TContent> edit, CancellationToken cancellationToken = default);

    Task<TItem> SubmitAsync(ClaimsPrincipal user, string code, string comment = "", CancellationToken cancellationToken = default);

    /// <summary>Approves the version in review: publishes it now, or at <paramref name="publishAtUtc"/> if that is later.</summary>
    Task<TItem> ApproveAsync(ClaimsPrincipal user, string code, DateTimeOffset? publishAtUtc = null, string comment = "", CancellationToken cancellationToken = default);

    /// <summary>Sends the version in review back to its editor; the comment is required.</summary>
    Task<TItem> ReturnAsync(ClaimsPrincipal user, string code, string comment, CancellationToken cancellationToken = default);

    Task<TItem> UnpublishAsync(ClaimsPrincipal user, string code, string comment = "", CancellationToken cancellationToken = default);

    /// <summary>Makes an old version the working copy again, as a new draft version.</summary>
    Task<TItem> RestoreAsync(ClaimsPrincipal user, string code, int versionNumber, CancellationToken cancellationToken = default);

    /// <summary>
    /// Brings the item to <paramref name="content"/>, published when <paramref name="publish"/>, as a recipe does:
    /// the workflow's steps taken at once and recorded as one version. A run that changes nothing records nothing.
    /// </summary>
    Task<ContentImportOutcome> ImportAsync(ClaimsPrincipal user, string code, TContent content, bool publish, CancellationToken cancellationToken = default);

    /// <summary>Every version, newest first.</summary>
    Task<IReadOnlyList<ContentVersionInfo>> HistoryAsync(TItem item, CancellationToken cancellationToken = default);

    /// <summary>What changed between two versions, field by field, as pieces of kept, removed and added text.</summary>
    /// <param name="describe">How a field's value is shown (e.g. a state's name in the reader's language); null shows it as stored.</param>
    /// <exception cref="ContentNotFoundException">either version does not exist.</exception>
    Task<IReadOnlyList<ContentFieldDiff>> DiffAsync(TItem item, int fromNumber, int toNumber, Func<string, string?, string?>? describe = null, CancellationToken cancellationToken = default);
}

/// <summary>Publishes items approved for later; the core's publish-later job finds the workflow by <see cref="ContentType"/>.</summary>
public interface IContentPublishing
{
    string ContentType { get; }

    /// <returns>false when there was nothing to do (edited, returned or already published meanwhile, or not yet due).</returns>
    Task<bool> PublishScheduledAsync(string code, CancellationToken cancellationToken = default);
}
