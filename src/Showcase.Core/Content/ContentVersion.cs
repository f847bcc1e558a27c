using Showcase.Abstractions.Content;

namespace Showcase.Core.Content;

/// <summary>One stored version of a content item (the row behind <see cref="ContentVersionInfo"/>).</summary>
public sealed class ContentVersion
{
    public long Id { get; set; }

    public string ContentType { get; set; } = "";

    public string ContentId { get; set; } = "";

    public int Number { get; set; }

    public ContentState State { get; set; }

    public string Author { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }

    public string Comment { get; set; } = "";

    public string SnapshotJson { get; set; } = "{}";
}
