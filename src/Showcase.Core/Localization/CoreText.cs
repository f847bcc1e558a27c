using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Showcase.Core.Localization;

/// <summary>
/// The core's UI text: <c>CoreText.resx</c> holds the Chinese (the neutral language),
/// <c>CoreText.en.resx</c> the English. Inject <c>IStringLocalizer&lt;CoreText&gt;</c>.
/// </summary>
public sealed class CoreText;
