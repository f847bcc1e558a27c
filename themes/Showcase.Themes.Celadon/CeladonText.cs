using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Showcase.Themes.Celadon;

/// <summary>The Celadon theme's own UI text: <c>CeladonText.resx</c> (Chinese), <c>CeladonText.en.resx</c> (English).</summary>
public sealed class CeladonText;
