namespace Showcase.Abstractions.Content;

/// <summary>
/// What a content type adds to the shared workflow: its table, its rules and its public copy. Registered with
/// <see cref="ContentServiceCollectionExtensions.AddContentType{TItem, TContent, TStore}"/>; the workflow calls
/// it inside its command (one unit of work), so nothing here commits or opens a transaction.
/// </summary>
public interface IContentStore<TItem, TContent>
    where TItem : ContentItem<TContent>
    where TContent : class, new()
{
    /// <summary>Prefix of the audit actions, in the <c>module.thing</c> scheme: <c>brands.brand</c> gives <c>brands.brand.published</c>.</summary>
    string AuditName { get; }

    /// <summary>The working copy, tracked, or null.</summary>
    Task<TItem?> FindAsync(string code, CancellationToken cancellationToken);

    /// <summary>A new working copy with <paramref name="code"/>, added to the module's context.</summary>
    TItem Add(string code);

    /// <summary>The content as it will be stored, and what is wrong with it. Nothing is changed yet.</summary>
    Task<ContentCheck<TContent>> CheckAsync(ContentChange<TItem, TContent> change, CancellationToken cancellationToken);

    /// <summary>Puts checked content into the working copy, with what the module derives from it (a district, say).</summary>
    Task ApplyAsync(TItem item, TContent content, CancellationToken cancellationToken);

    /// <summary>Makes (or replaces) the public copy from the working copy and raises the module's event.</summary>
    Task PublishAsync(TItem item, CancellationToken cancellationToken);

    /// <summary>Takes the public copy down and raises the module's event.</summary>
    Task UnpublishAsync(TItem item, CancellationToken cancellationToken);
}
