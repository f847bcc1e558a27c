namespace Showcase.DemoSites.Services;

/// <summary>The admin's "new demo site": a template, the site's address and title, its programme, unit and theme.</summary>
public sealed record NewSiteRequest(string Template, string Slug, string Title, string Programme, string UnitCode, string Theme);
