namespace Showcase.Brands.Pages;

/// <summary>Previous/next links that keep the list's other query values.</summary>
public sealed record PagerModel(int Page, int PageCount, Func<int, string> Url);
