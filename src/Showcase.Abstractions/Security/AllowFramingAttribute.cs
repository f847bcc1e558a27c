namespace Showcase.Abstractions.Security;

/// <summary>
/// Marks a page or endpoint that other sites may show in a frame (a big screen embedded in a venue's display
/// page). Every other answer says <c>frame-ancestors 'none'</c>. The origins allowed to frame are the site's
/// own and those listed in <c>Showcase:Security:FrameAncestors</c>. On an endpoint: <c>.WithMetadata(new AllowFramingAttribute())</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class AllowFramingAttribute : Attribute;
