using Microsoft.Extensions.Localization;

namespace Showcase.Abstractions.Content;

/// <summary>
/// A page model that shows a content command's refusals itself: the core's filter puts the messages of a
/// <see cref="ContentValidationException"/> or <see cref="ContentWorkflowException"/> into the model state,
/// asks the page to load what it shows again, and renders it. Pages need no catch blocks of their own.
/// </summary>
public interface IContentPage
{
    /// <summary>The module's text, where the messages' keys are looked up first (then <c>SharedText</c>).</summary>
    IStringLocalizer Text { get; }

    /// <summary>What a field's error key starts with in the form, e.g. <c>Input</c> for <c>Input.Title</c>; empty for none.</summary>
    string ErrorPrefix { get; }

    Task ReloadAsync(CancellationToken cancellationToken);
}
