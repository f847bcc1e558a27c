using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Showcase.Themes.Admin;

/// <summary>The admin theme's own UI text: <c>AdminText.resx</c> (Chinese), <c>AdminText.en.resx</c> (English).</summary>
public sealed class AdminText;
