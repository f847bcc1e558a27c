using System.Reflection;

namespace Showcase.Abstractions.Modules;

/// <summary>
/// The enabled modules and themes in start-up order: every module after the modules it depends on.
/// Invariant: <see cref="Modules"/> is a topological order of the dependency graph, ties broken by id.
/// </summary>
public sealed class ModuleCatalog
{
    private ModuleCatalog(IReadOnlyList<ModuleDescriptor> modules) => Modules = modules;

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    public IEnumerable<ModuleDescriptor> Themes => Modules.Where(m => m.IsTheme);

    public bool IsEnabled(string id) => Modules.Any(m => m.Id == id);

    /// <summary>Finds the manifests among <paramref name="assemblies"/>, drops the disabled ones and orders the rest.</summary>
    /// <exception cref="ModuleCatalogException">a dependency is missing or disabled, an id is declared twice, or dependencies form a cycle.</exception>
    public static ModuleCatalog Build(IEnumerable<Assembly> assemblies, IEnumerable<string>? disabled = null)
    {
        var off = new HashSet<string>(disabled ?? [], StringComparer.Ordinal);
        var found = new Dictionary<string, ModuleDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in assemblies.Distinct().Select(ModuleDescriptor.FromAssembly).OfType<ModuleDescriptor>())
        {
            if (!found.TryAdd(descriptor.Id, descriptor) && found[descriptor.Id].Assembly != descriptor.Assembly)
            {
                throw new ModuleCatalogException($"Module '{descriptor.Id}' is declared by two assemblies: {found[descriptor.Id].Assembly.GetName().Name} and {descriptor.Assembly.GetName().Name}.");
            }
        }

        var enabled = found.Values.Where(m => !off.Contains(m.Id)).ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var module in enabled.Values.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            foreach (var dependency in module.Dependencies)
            {
                if (enabled.ContainsKey(dependency))
                {
                    continue;
                }

                var why = found.ContainsKey(dependency) ? "which is disabled (Showcase:Modules:Disabled)" : "which is not installed";
                throw new ModuleCatalogException($"Module '{module.Id}' depends on '{dependency}', {why}.");
            }
        }

        return new ModuleCatalog(Order(enabled));
    }

    private static List<ModuleDescriptor> Order(Dictionary<string, ModuleDescriptor> modules)
    {
        var ordered = new List<ModuleDescriptor>(modules.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        var stack = new List<string>();

        void Visit(ModuleDescriptor module)
        {
            if (state.TryGetValue(module.Id, out var done))
            {
                if (!done)
                {
                    var cycle = stack.SkipWhile(id => id != module.Id).Append(module.Id);
                    throw new ModuleCatalogException($"Module dependencies form a cycle: {string.Join(" -> ", cycle)}.");
                }

                return;
            }

            state[module.Id] = false;
            stack.Add(module.Id);
            foreach (var dependency in module.Dependencies.OrderBy(d => d, StringComparer.Ordinal))
            {
                Visit(modules[dependency]);
            }

            stack.RemoveAt(stack.Count - 1);
            state[module.Id] = true;
            ordered.Add(module);
        }

        foreach (var module in modules.Values.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            Visit(module);
        }

        return ordered;
    }
}

/// <summary>The modules cannot start together; the message names the modules concerned.</summary>
public sealed class ModuleCatalogException(string message) : Exception(message);
