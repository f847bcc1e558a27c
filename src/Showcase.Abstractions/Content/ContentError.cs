namespace Showcase.Abstractions.Content;

/// <summary>
/// One problem with one field: <see cref="Field"/> is the content value's property name (empty for the item
/// as a whole), <see cref="Key"/> the message in the module's text or in <c>SharedText</c>.
/// </summary>
public sealed record ContentError(string Field, string Key, params object[] Arguments);
