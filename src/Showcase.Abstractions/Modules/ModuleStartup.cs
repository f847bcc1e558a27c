using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Showcase.Abstractions.Modules;

/// <summary>
/// The one startup class of a module (or theme). The host creates it with a parameterless
/// constructor, calls <see cref="ConfigureServices"/> in dependency order, then
/// <see cref="MapEndpoints"/> in the same order, and <see cref="MapApi"/> in the same order once the start is over.
/// </summary>
public abstract class ModuleStartup
{
    public virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>The module's pages' endpoints and anything else a visitor's first request may need.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>
    /// The module's partner API: gRPC services and their JSON routes under <c>/v1/</c>. The host maps it after the start's
    /// first response (or a second after the start), on a thread-pool thread, so that a start does not pay for it before
    /// the first page; until then a call is answered UNAVAILABLE with a retry delay.
    /// </summary>
    public virtual void MapApi(IEndpointRouteBuilder api) { }
}
