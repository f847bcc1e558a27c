using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Showcase.Abstractions.Modules;

/// <summary>
/// The one startup class of a module (or theme). The host creates it with a parameterless
/// constructor, calls <see cref="ConfigureServices"/> in dependency order, then
/// <see cref="MapEndpoints"/> in the same order.
/// </summary>
public abstract class ModuleStartup
{
    public virtual void ConfigureServices(IServiceCollection services) { }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }
}
