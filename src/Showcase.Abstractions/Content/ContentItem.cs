namespace Showcase.Abstractions.Content;

/// <summary>
/// The working copy of a content item: what editors change (<see cref="Content"/>, one value the module
/// declares once) and where it stands in the editorial workflow. A module's row derives from it and maps it
/// in its own table; the public site never reads it, it reads the module's published copy.
/// </summary>
/// <typeparam name="TContent">The module's content value: every field an editor writes, carried unchanged by
/// the draft, the published copy, each version's snapshot, the form and the recipe.</typeparam>
public abstract class ContentItem<TContent> where TContent : class, new()
{
    public int Id { get; set; }

    /// <summary>Stable key used by recipes, URLs and other modules, e.g. <c>B01</c>. It never changes.</summary>
    public string Code { get; set; } = "";

    public TContent Content { get; set; } = new();

    public ContentState State { get; set; } = ContentState.Draft;

    /// <summary>The manager's comment when a version was returned to the editor.</summary>
    public string ReviewComment { get; set; } = "";

    /// <summary>Set while an approved version waits to be published at this time.</summary>
    public DateTimeOffset? PublishAtUtc { get; set; }

    /// <summary>True while a published copy of some version is on the public site.</summary>
    public bool IsLive { get; set; }

    /// <summary>Number of the latest version recorded in the core's content history.</summary>
    public int VersionNumber { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>The content type's name in versions and the audit log, e.g. <c>Brand</c>.</summary>
    public abstract string ContentType { get; }

    public ContentRef Ref => new(ContentType, Code);

    public ContentStatus Status => new(State, IsLive, PublishAtUtc is not null);
}
