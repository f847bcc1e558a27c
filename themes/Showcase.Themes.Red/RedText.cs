using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Showcase.Themes.Red;

/// <summary>The Red theme's own UI text: <c>RedText.resx</c> (Chinese), <c>RedText.en.resx</c> (English).</summary>
public sealed class RedText;
