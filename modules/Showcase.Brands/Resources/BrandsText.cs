namespace Showcase.Brands;

/// <summary>The module's UI texts: <c>Resources/BrandsText.resx</c> (zh-CN) and <c>BrandsText.en.resx</c>.</summary>
public sealed class BrandsText;
