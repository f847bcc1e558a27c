namespace Showcase.DemoSites.Services;

/// <summary>
/// A recipe that makes a new demo site with its starter pages. In its text <c>{{slug}}</c>, <c>{{title}}</c>,
/// <c>{{programme}}</c>, <c>{{unit}}</c> and <c>{{theme}}</c> stand for the new site's values; they are put into
/// the JSON's string values, never into its structure.
/// </summary>
/// <param name="Id">The template's name, e.g. <c>pilot-street</c>; also the kind of site it makes.</param>
public sealed record SiteTemplate(string Id, string Kind, string Json);
