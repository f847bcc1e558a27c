namespace Showcase.DemoSites;

/// <summary>The module's UI text: <c>Resources/DemoSitesText.resx</c> (Chinese), <c>DemoSitesText.en.resx</c> (English).</summary>
public sealed class DemoSitesText;
