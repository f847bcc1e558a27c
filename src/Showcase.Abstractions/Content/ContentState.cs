namespace Showcase.Abstractions.Content;

/// <summary>The editorial states of a content item.</summary>
public enum ContentState
{
    Draft,
    InReview,
    Published,
    Archived,
}
