using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Data;

namespace Showcase.Abstractions.Modules;

/// <summary>
/// The one startup class of a module (or theme). The host creates it with a parameterless constructor, calls
/// <see cref="ConfigureServices"/> in dependency order (and <see cref="WarmUpQueries"/> beside the host's build), then
/// <see cref="MapEndpoints"/> in the same order, and <see cref="MapApi"/> in the same order once the start is over.
/// </summary>
public abstract class ModuleStartup
{
    public virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>
    /// Runs the queries of the module's part of the home page once, on <paramref name="warmUp"/>'s contexts (they answer
    /// empty), so that EF Core compiles them while the host is built, on a thread-pool thread beside it, and not on the
    /// first page's way. It must run the very queries the pages run (the same method), or it compiles others. Called on
    /// a start that serves (not for a CLI verb), on two cores or more, before any host service exists; a failure is
    /// ignored, since the first request meets the same work.
    /// </summary>
    public virtual void WarmUpQueries(QueryWarmUp warmUp) { }

    /// <summary>The module's pages' endpoints and anything else a visitor's first request may need.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>
    /// The module's partner API: gRPC services and their JSON routes under <c>/v1/</c>. The host maps it after the start's
    /// first response (or a second after the start), on a thread-pool thread, so that a start does not pay for it before
    /// the first page; until then a call is answered UNAVAILABLE with a retry delay.
    /// </summary>
    public virtual void MapApi(IEndpointRouteBuilder api) { }
}
