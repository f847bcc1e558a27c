namespace Showcase.Abstractions.Api;

/// <summary>
/// The API-key scope a gRPC method needs. Put it on the method of the service implementation (or on the
/// class, for every method). A call whose key lacks the scope gets PERMISSION_DENIED. A method without
/// this attribute still needs a valid key; endpoints mapped with <c>.AllowAnonymous()</c> need none.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiresScopeAttribute(string scope) : Attribute
{
    public string Scope { get; } = scope;
}
