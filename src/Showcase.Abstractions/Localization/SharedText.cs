using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Showcase.Abstractions.Localization;

/// <summary>
/// The UI text of the host's own pages and of what every theme's layout shows (navigation, sign-in,
/// footer): <c>SharedText.resx</c> holds the Chinese (the neutral language), <c>SharedText.en.resx</c> the
/// English. Inject <c>IStringLocalizer&lt;SharedText&gt;</c>. A module keeps its own text in its own resources.
/// </summary>
public sealed class SharedText;
