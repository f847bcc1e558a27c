using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Showcase.Themes.Ink;

/// <summary>The Ink theme's own UI text: <c>InkText.resx</c> (Chinese), <c>InkText.en.resx</c> (English).</summary>
public sealed class InkText;
