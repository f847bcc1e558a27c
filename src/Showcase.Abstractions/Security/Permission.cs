namespace Showcase.Abstractions.Security;

/// <summary>A named right a module declares, with the roles that hold it by default.</summary>
public sealed record Permission(string Name, string Description, params string[] DefaultRoles);
