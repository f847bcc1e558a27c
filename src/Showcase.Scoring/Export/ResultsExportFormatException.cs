namespace Showcase.Scoring.Export;

/// <summary>A results export that does not have the shape of SCORING.md's export; the message names the place.</summary>
public sealed class ResultsExportFormatException : ScoringException
{
    public ResultsExportFormatException(string path, string message)
        : base($"{path}: {message}")
    {
        Path = path;
    }

    /// <summary>Where in the document, e.g. <c>stages[0].criteria[1].max</c>.</summary>
    public string Path { get; }
}
