namespace Showcase.Evaluations;

/// <summary>
/// The texts of the module's admin-theme screens (managers, editors, judges): <c>Resources/EvaluationsAdminText.resx</c>
/// (zh-CN, the neutral language) and <c>EvaluationsAdminText.en.resx</c>.
/// </summary>
public sealed class EvaluationsAdminText;
