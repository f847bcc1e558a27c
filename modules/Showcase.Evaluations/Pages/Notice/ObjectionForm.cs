namespace Showcase.Evaluations.Pages.Notice;

/// <summary>What a member of the public fills in to object to published results.</summary>
public sealed class ObjectionForm
{
    public string? Name { get; set; }

    public string? Contact { get; set; }

    public string? Text { get; set; }

    /// <summary>The stage the objection is about, when the round has several; empty: the last.</summary>
    public string? Stage { get; set; }
}
