namespace Showcase.Organizations;

/// <summary>
/// The module's UI text: <c>Resources/OrganizationsText.resx</c> (zh-CN, the default) and
/// <c>OrganizationsText.en.resx</c>. Used as <c>IStringLocalizer&lt;OrganizationsText&gt;</c>.
/// </summary>
public sealed class OrganizationsText;
