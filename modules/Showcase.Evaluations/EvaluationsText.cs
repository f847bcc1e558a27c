namespace Showcase.Evaluations;

/// <summary>The module's UI texts: <c>Resources/EvaluationsText.resx</c> (zh-CN) and <c>EvaluationsText.en.resx</c>.</summary>
public sealed class EvaluationsText;
