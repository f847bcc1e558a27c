namespace Showcase.Abstractions.Content;

/// <summary>What an import did to one item, for the recipe's summary line.</summary>
public enum ContentImportOutcome
{
    Added,
    Updated,
    Unchanged,
}
