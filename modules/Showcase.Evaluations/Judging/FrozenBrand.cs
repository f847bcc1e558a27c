namespace Showcase.Evaluations.Judging;

/// <summary>
/// The brand version an entry froze when it was made, as the judges read it: what the core's content history kept of
/// that version. <see cref="Found"/> is false when the history has no such version (an entry made by a recipe before
/// the brand had one); the entry's own title and community are shown then.
/// </summary>
public sealed record FrozenBrand(
    bool Found,
    int Version,
    string Title,
    string Slogan,
    string Summary,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Practices,
    IReadOnlyList<FrozenFigure> Figures,
    IReadOnlyList<string> Tags,
    string Contact,
    int? YearFounded);
