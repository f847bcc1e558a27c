using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Showcase.Core.Themes;

/// <summary>
/// Razor Pages builds each page's descriptor (its handlers, bound properties and their model metadata, filters) the
/// first time a request matches the page, not for all of them before the host serves.
/// </summary>
/// <remarks>
/// By default every page's descriptor is built when the endpoints are first read, by reflection over every page
/// model: about a tenth of a second of every start, on its critical path, for pages most starts never serve. The
/// endpoints are instead made from the pages' routes alone, and this policy swaps a matched page's endpoint for its
/// full one (loaded once through <see cref="PageLoader"/>, which keeps the endpoint's conventions) before
/// authorization, output caching, rate limiting or antiforgery read its metadata. It is the framework's own way of
/// serving pages compiled at run time.
/// </remarks>
internal sealed class PageLoadingOnFirstMatch(PageLoader loader, PageLoadingAfterStart remaining) : MatcherPolicy, IEndpointSelectorPolicy
{
    /// <summary>Before every policy that reads a page's metadata, as the framework's own loader policy runs.</summary>
    public override int Order => int.MinValue + 100;

    /// <summary>
    /// Replaces the eager descriptor provider with the one that reads the pages' routes only, and has the pages not
    /// asked for by then loaded after the first page is answered (<see cref="PageLoadingAfterStart"/>).
    /// </summary>
    public static void Use(IServiceCollection services)
    {
        var eager = services.Where(d => d.ServiceType == typeof(IActionDescriptorProvider) && d.ImplementationType == typeof(CompiledPageActionDescriptorProvider)).ToList();
        if (eager.Count == 0)
        {
            throw new InvalidOperationException("AddRazorPages must run before pages are set to load on first match.");
        }

        foreach (var descriptor in eager)
        {
            services.Remove(descriptor);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActionDescriptorProvider, PageActionDescriptorProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, PageLoadingOnFirstMatch>());
        services.AddSingleton<PageLoadingAfterStart>();
        services.AddSingleton<IActionDescriptorProvider>(sp => sp.GetRequiredService<PageLoadingAfterStart>());
        services.AddSingleton<IActionDescriptorChangeProvider>(sp => sp.GetRequiredService<PageLoadingAfterStart>());
    }

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
    {
        foreach (var endpoint in endpoints)
        {
            if (IsUnloadedPage(endpoint, out _))
            {
                return true;
            }
        }

        return false;
    }

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i) || !IsUnloadedPage(candidates[i].Endpoint, out var page))
            {
                continue;
            }

            var loading = loader.LoadAsync(page, candidates[i].Endpoint.Metadata);
            if (!loading.IsCompletedSuccessfully)
            {
                return ReplaceThenApplyAsync(httpContext, candidates, i, loading);
            }

            candidates.ReplaceEndpoint(i, loading.Result.Endpoint, candidates[i].Values);
            remaining.StartAfter(httpContext);
        }

        return Task.CompletedTask;
    }

    // A page still loading (its first request): once it is swapped, the candidates after it are gone through again.
    private async Task ReplaceThenApplyAsync(HttpContext httpContext, CandidateSet candidates, int index, Task<CompiledPageActionDescriptor> loading)
    {
        candidates.ReplaceEndpoint(index, (await loading).Endpoint, candidates[index].Values);
        remaining.StartAfter(httpContext);
        await ApplyAsync(httpContext, candidates);
    }

    /// <summary>A page's endpoint made from its route alone, whose full descriptor is not loaded yet.</summary>
    internal static bool IsUnloadedPage(Endpoint endpoint, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PageActionDescriptor? page)
    {
        page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
        return page is not null and not CompiledPageActionDescriptor;
    }
}
