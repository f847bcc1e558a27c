namespace Showcase.Evaluations.Models;

public enum ConflictSource
{
    /// <summary>The judge's unit contains the entry's community (RECIPES.md).</summary>
    Implied,

    /// <summary>The judge declared it on the entry's page.</summary>
    Declared,

    /// <summary>A manager added it (or a recipe listed it).</summary>
    Added,
}
