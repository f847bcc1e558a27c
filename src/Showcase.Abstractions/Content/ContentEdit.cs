namespace Showcase.Abstractions.Content;

/// <summary>A save of the working copy, as a form or an API sends it.</summary>
/// <param name="Code">The item's code; for an existing item, the one it has.</param>
public sealed record ContentEdit<TContent>(string Code, TContent Content)
{
    /// <summary>Create the item; refused when the code is taken.</summary>
    public bool IsNew { get; init; }

    /// <summary>Submit for review in the same command.</summary>
    public bool Submit { get; init; }

    public string Comment { get; init; } = "";

    /// <summary>Problems the form already found (text that is not a number...), reported with the store's own in one answer.</summary>
    public IReadOnlyList<ContentError> Problems { get; init; } = [];
}
