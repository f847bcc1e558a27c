namespace Showcase.Abstractions.Modules;

/// <summary>Declares the assembly to be a Showcase module. Placed in the module's <c>Manifest.cs</c>.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute(string id) : Attribute
{
    public string Id { get; } = id;
    public string Name { get; init; } = id;
    public string Description { get; init; } = "";
    /// <summary>
    /// The resource class (e.g. <c>typeof(BrandsText)</c>) holding <c>Manifest.Name</c> and <c>Manifest.Description</c>
    /// in every language: the admin shows those, and <see cref="Name"/> and <see cref="Description"/> only without it.
    /// </summary>
    public Type? Resources { get; init; }
    public string Category { get; init; } = "";
    /// <summary>
    /// The module's <see cref="ModuleStartup"/> (its services and endpoints), named here so that the host finds it
    /// without loading every type of every assembly it is built with.
    /// </summary>
    public Type? Startup { get; init; }
    /// <summary>Ids of modules that must be enabled, and started, before this one.</summary>
    public string[] Dependencies { get; init; } = [];
}
