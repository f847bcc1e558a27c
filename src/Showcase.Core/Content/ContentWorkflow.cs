using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Security;
using Showcase.Core.Data;

namespace Showcase.Core.Content;

/// <summary>
/// The shared editorial workflow (<see cref="IContentWorkflow{TItem, TContent}"/>) over a content type's
/// <see cref="IContentStore{TItem, TContent}"/>. A version's snapshot is the content value as JSON with the
/// version's state beside it, so that the diff of two versions also reads "InReview → Published".
/// </summary>
internal sealed partial class ContentWorkflow<TItem, TContent>(
    IContentStore<TItem, TContent> store,
    IUnitOfWork unitOfWork,
    DbSession session,
    IContentVersioning versions,
    IAuditLog audit,
    IAuthorizationService authorization,
    ITextDiff textDiff,
    TimeProvider clock) : IContentWorkflow<TItem, TContent>
    where TItem : ContentItem<TContent>
    where TContent : class, new()
{
    private static readonly JsonSerializerOptions SnapshotOptions = new(JsonSerializerDefaults.Web);

    public string ContentType { get; } = Activator.CreateInstance<TItem>().ContentType;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex CodePattern();

    public async Task<TItem> GetAsync(ClaimsPrincipal user, string code, ContentOperation operation, CancellationToken cancellationToken = default)
    {
        var item = await store.FindAsync(code, cancellationToken) ?? throw NotFound(code);
        await AuthorizeAsync(user, item, operation);
        return item;
    }

    public async Task<bool> MayAsync(ClaimsPrincipal user, TItem item, ContentOperation operation) =>
        (await authorization.AuthorizeAsync(user, item, operation)).Succeeded;

    public Task<TItem> SaveAsync(ClaimsPrincipal user, ContentEdit<TContent> edit, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var existing = edit.IsNew ? null : await store.FindAsync(edit.Code, ct) ?? throw NotFound(edit.Code);
            if (existing is not null)
            {
                await AuthorizeAsync(user, existing, ContentOperation.Edit);
            }

            var item = await ChangeAsync(user, existing, edit.Code, edit.Content, edit.Problems, existing?.Status ?? ContentStatus.New, ContentAction.Save, ct);
            await RecordAsync(item, user, existing is null ? "created" : "edited", edit.Comment, ct);
            if (edit.Submit)
            {
                Move(item, ContentAction.Submit);
                await RecordAsync(item, user, "submitted", "", ct);
            }

            return item;
        }, cancellationToken);

    public Task<TItem> SubmitAsync(ClaimsPrincipal user, string code, string comment = "", CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var item = await GetForChangeAsync(user, code, ContentOperation.Edit, ct);
            Move(item, ContentAction.Submit);
            item.ReviewComment = "";
            await RecordAsync(item, user, "submitted", comment, ct);
            return item;
        }, cancellationToken);

    public Task<TItem> ApproveAsync(ClaimsPrincipal user, string code, DateTimeOffset? publishAtUtc = null, string comment = "", CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var item = await GetForChangeAsync(user, code, ContentOperation.Publish, ct);
            if (publishAtUtc is { } at && at > clock.GetUtcNow())
            {
                Move(item, ContentAction.Schedule);
                item.PublishAtUtc = at.ToUniversalTime();
                await RecordAsync(item, user, "scheduled", Join(comment, $"publish at {at:O}"), ct);
                unitOfWork.Schedule<PublishContentJob>(PublishContentJob.Key(item.Ref), at, PublishContentJob.Data(item.Ref));
                return item;
            }

            Move(item, ContentAction.Approve);
            await PublishAsync(item, user, "published", comment, ct);
            return item;
        }, cancellationToken);

    public Task<bool> PublishScheduledAsync(string code, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var item = await store.FindAsync(code, ct);
            if (item?.PublishAtUtc is not { } at || at > clock.GetUtcNow() || !ContentStateMachine.Allows(item.Status, ContentAction.PublishScheduled))
            {
                return false;
            }

            Move(item, ContentAction.PublishScheduled);
            await PublishAsync(item, SystemUser.Create("scheduler"), "published", $"scheduled for {at:O}", ct);
            return true;
        }, cancellationToken);

    public Task<TItem> ReturnAsync(ClaimsPrincipal user, string code, string comment, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var item = await GetForChangeAsync(user, code, ContentOperation.Publish, ct);
            if (string.IsNullOrWhiteSpace(comment))
            {
                throw new ContentValidationException([new ContentError("Comment", "Content.Error.ReturnNeedsComment")]);
            }

            var wasScheduled = item.PublishAtUtc is not null;
            Move(item, ContentAction.Return);
            item.PublishAtUtc = null;
            item.ReviewComment = comment.Trim();
            await RecordAsync(item, user, "returned", comment, ct);
            CancelSchedule(item, wasScheduled);
            return item;
        }, cancellationToken);

    public Task<TItem> UnpublishAsync(ClaimsPrincipal user, string code, string comment = "", CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var item = await GetForChangeAsync(user, code, ContentOperation.Publish, ct);
            Move(item, ContentAction.Unpublish);
            await store.UnpublishAsync(item, ct);
            await RecordAsync(item, user, "unpublished", comment, ct);
            return item;
        }, cancellationToken);

    public Task<TItem> RestoreAsync(ClaimsPrincipal user, string code, int versionNumber, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var item = await GetForChangeAsync(user, code, ContentOperation.Edit, ct);
            var version = await versions.GetAsync(item.Ref, versionNumber, ct)
                ?? throw new ContentValidationException([new ContentError("", "Content.Error.UnknownVersion", versionNumber)]);
            var content = version.ReadSnapshot<TContent>();
            await ChangeAsync(user, item, code, content, [], item.Status, ContentAction.Save, ct);
            await RecordAsync(item, user, "restored", $"from version {versionNumber}", ct);
            return item;
        }, cancellationToken);

    public Task<ContentImportOutcome> ImportAsync(ClaimsPrincipal user, string code, TContent content, bool publish, CancellationToken cancellationToken = default) =>
        unitOfWork.ExecuteAsync(async ct =>
        {
            var existing = await store.FindAsync(code, ct);
            var status = existing?.Status ?? ContentStatus.New;
            if (existing is not null && Same(existing.Content, content) && existing.State != ContentState.InReview
                && (!publish || existing is { IsLive: true, State: ContentState.Published }))
            {
                return ContentImportOutcome.Unchanged;
            }

            // A recipe speaks with a manager's authority: what is in review is taken back, then the steps are taken at once.
            if (status.State == ContentState.InReview)
            {
                status = ContentStateMachine.Apply(status, ContentAction.Return);
            }

            var item = await ChangeAsync(user, existing, code, content, [], status, ContentAction.Save, ct);
            await AuthorizeAsync(user, item, ContentOperation.Publish);
            item.ReviewComment = "";
            if (publish)
            {
                Move(item, ContentAction.Submit);
                Move(item, ContentAction.Approve);
                await PublishAsync(item, user, "imported", "recipe", ct);
            }
            else
            {
                await RecordAsync(item, user, "imported", "recipe", ct);
            }

            // A recipe imports thousands of items in one command: what is stored need not stay tracked.
            await ForgetTrackedAsync(ct);
            return existing is null ? ContentImportOutcome.Added : ContentImportOutcome.Updated;
        }, cancellationToken);

    public async Task<IReadOnlyList<ContentVersionInfo>> HistoryAsync(TItem item, CancellationToken cancellationToken = default) =>
        (await versions.HistoryAsync(item.Ref, cancellationToken)).OrderByDescending(v => v.Number).ToList();

    public async Task<IReadOnlyList<ContentFieldDiff>> DiffAsync(TItem item, int fromNumber, int toNumber, Func<string, string?, string?>? describe = null, CancellationToken cancellationToken = default)
    {
        if (await versions.GetAsync(item.Ref, fromNumber, cancellationToken) is null || await versions.GetAsync(item.Ref, toNumber, cancellationToken) is null)
        {
            throw new ContentNotFoundException(item.Ref, $"no version {fromNumber} or {toNumber}");
        }

        describe ??= (_, value) => value;
        var changes = await versions.DiffAsync(item.Ref, fromNumber, toNumber, cancellationToken);
        return changes
            .Select(c => new ContentFieldDiff(c.Field, textDiff.Compute(describe(c.Field, c.Before), describe(c.Field, c.After))))
            .ToList();
    }

    /// <summary>Checks the content (with the form's problems) and puts it into the item, moved by <paramref name="action"/>; nothing is recorded yet.</summary>
    private async Task<TItem> ChangeAsync(ClaimsPrincipal user, TItem? existing, string code, TContent content, IReadOnlyList<ContentError> problems, ContentStatus status, ContentAction action, CancellationToken cancellationToken)
    {
        var next = ContentStateMachine.Apply(status, action);
        var errors = problems.ToList();
        if (existing is null)
        {
            if (!CodePattern().IsMatch(code))
            {
                errors.Add(new ContentError("Code", "Content.Error.Code"));
            }
            else if (await store.FindAsync(code, cancellationToken) is not null)
            {
                errors.Add(new ContentError("Code", "Content.Error.CodeTaken", code));
            }
        }

        var check = await store.CheckAsync(new ContentChange<TItem, TContent>(user, existing, code, content), cancellationToken);
        errors.AddRange(check.Errors);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors.DistinctBy(e => (e.Field, e.Key)).ToList());
        }

        var now = clock.GetUtcNow();
        var item = existing ?? store.Add(code);
        var wasScheduled = item.PublishAtUtc is not null;
        if (existing is null)
        {
            item.CreatedUtc = now;
        }

        await store.ApplyAsync(item, check.Content, cancellationToken);
        // The item as it will be is checked too: an editor may not move their entry where they may not edit.
        await AuthorizeAsync(user, item, ContentOperation.Edit);
        item.State = next.State;
        item.IsLive = next.IsLive;
        item.PublishAtUtc = null;
        item.UpdatedUtc = now;
        item.UpdatedBy = NameOf(user);
        CancelSchedule(item, wasScheduled);
        return item;
    }

    private async Task<TItem> GetForChangeAsync(ClaimsPrincipal user, string code, ContentOperation operation, CancellationToken cancellationToken)
    {
        var item = await store.FindAsync(code, cancellationToken) ?? throw NotFound(code);
        await AuthorizeAsync(user, item, operation);
        return item;
    }

    private async Task AuthorizeAsync(ClaimsPrincipal user, TItem item, ContentOperation operation)
    {
        if (!await MayAsync(user, item, operation))
        {
            throw new ContentAccessDeniedException(NameOf(user), operation, item.Ref);
        }
    }

    private static void Move(TItem item, ContentAction action)
    {
        var next = ContentStateMachine.Apply(item.Status, action);
        item.State = next.State;
        item.IsLive = next.IsLive;
    }

    private async Task PublishAsync(TItem item, ClaimsPrincipal user, string action, string comment, CancellationToken cancellationToken)
    {
        item.PublishAtUtc = null;
        item.ReviewComment = "";
        await RecordAsync(item, user, action, comment, cancellationToken);
        await store.PublishAsync(item, cancellationToken);
    }

    private void CancelSchedule(TItem item, bool wasScheduled)
    {
        if (wasScheduled)
        {
            unitOfWork.Cancel<PublishContentJob>(PublishContentJob.Key(item.Ref));
        }
    }

    /// <summary>Records the item's new version and writes the audit line <c>{store.AuditName}.{verb}</c>.</summary>
    private async Task RecordAsync(TItem item, ClaimsPrincipal user, string verb, string comment, CancellationToken cancellationToken)
    {
        var action = $"{store.AuditName}.{verb}";
        var version = await versions.RecordAsync(item.Ref, item.State, Snapshot(item), NameOf(user), Join(action, comment), cancellationToken);
        item.VersionNumber = version.Number;
        await audit.WriteAsync(NameOf(user), action, item.Ref.ToString(),
            $"version {version.Number}; {item.State}{(string.IsNullOrWhiteSpace(comment) ? "" : "; " + comment)}", cancellationToken);
    }

    private static JsonObject Snapshot(TItem item)
    {
        var json = JsonSerializer.SerializeToNode(item.Content, SnapshotOptions)!.AsObject();
        json["state"] = item.State.ToString();
        return json;
    }

    private static bool Same(TContent a, TContent b) =>
        JsonSerializer.Serialize(a, SnapshotOptions) == JsonSerializer.Serialize(b, SnapshotOptions);

    private async Task ForgetTrackedAsync(CancellationToken cancellationToken)
    {
        foreach (var context in session.Contexts.ToList())
        {
            if (context.ChangeTracker.HasChanges())
            {
                await context.SaveChangesAsync(cancellationToken);
            }

            context.ChangeTracker.Clear();
        }
    }

    private ContentNotFoundException NotFound(string code) => new(new ContentRef(ContentType, code));

    private static string NameOf(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    private static string Join(string a, string b) =>
        string.IsNullOrWhiteSpace(b) ? a : string.IsNullOrWhiteSpace(a) ? b : $"{a}: {b}";
}
