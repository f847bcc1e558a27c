using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace Showcase.Core.Themes;

/// <summary>
/// Once the first page has been answered, every page not yet loaded is loaded in the background, and the pages'
/// endpoints are then made from their full descriptors, as Razor Pages makes them when it builds them all at start.
/// From then on no page endpoint is an unloaded one, so routing no longer runs <see cref="PageLoadingOnFirstMatch"/>.
/// </summary>
/// <remarks>
/// The start leaves the pages' descriptors to their first requests; the process then pays for that on every page
/// request (a candidate set and a swap in routing) until the endpoints are made again. This makes them again once, when
/// the start is over: one action descriptor change, after which routing rebuilds its matcher.
/// </remarks>
internal sealed partial class PageLoadingAfterStart(IServiceProvider services, IHostApplicationLifetime lifetime, ILogger<PageLoadingAfterStart> logger)
    : IActionDescriptorProvider, IActionDescriptorChangeProvider, IDisposable
{
    private readonly CancellationTokenSource _loaded = new();
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IReadOnlyDictionary<PageKey, CompiledPageActionDescriptor>? _pages;
    private int _started;

    /// <summary>After every provider that lists pages.</summary>
    public int Order => int.MaxValue;

    /// <summary>Completes once the remaining pages have been loaded and their endpoints made again, or the host stopped first.</summary>
    public Task Loaded => _done.Task;

    /// <summary>Loads the remaining pages once <paramref name="context"/>'s response has been sent, if no earlier one did.</summary>
    public void StartAfter(HttpContext context)
    {
        if (Volatile.Read(ref _started) != 0)
        {
            return;
        }

        context.Response.OnCompleted(() =>
        {
            if (Interlocked.Exchange(ref _started, 1) == 0)
            {
                _ = Task.Run(LoadAsync);
            }

            return Task.CompletedTask;
        });
    }

    public void OnProvidersExecuting(ActionDescriptorProviderContext context)
    {
        if (Volatile.Read(ref _pages) is not { } pages)
        {
            return;
        }

        for (var i = 0; i < context.Results.Count; i++)
        {
            if (context.Results[i] is PageActionDescriptor page and not CompiledPageActionDescriptor && pages.TryGetValue(PageKey.Of(page), out var compiled))
            {
                context.Results[i] = compiled;
            }
        }
    }

    public void OnProvidersExecuted(ActionDescriptorProviderContext context)
    {
    }

    /// <summary>Changes once, when the pages are loaded; a token asked for after that (to watch for the next change) never changes.</summary>
    public IChangeToken GetChangeToken() =>
        new CancellationChangeToken(_loaded.IsCancellationRequested ? CancellationToken.None : _loaded.Token);

    public void Dispose() => _loaded.Dispose();

    private async Task LoadAsync()
    {
        var started = Stopwatch.GetTimestamp();
        var stopping = lifetime.ApplicationStopping;
        var pages = new Dictionary<PageKey, CompiledPageActionDescriptor>();
        var repeated = new HashSet<PageKey>();
        try
        {
            var loader = services.GetRequiredService<PageLoader>();
            foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints)
            {
                if (!PageLoadingOnFirstMatch.IsUnloadedPage(endpoint, out var page) || stopping.IsCancellationRequested)
                {
                    continue;
                }

                try
                {
                    // Keyed by what a page's listing repeats each time: its file and route (the descriptors are new objects
                    // then). Two pages with one key would both become the first: such pages stay as they are.
                    var key = PageKey.Of(page);
                    if (!pages.TryAdd(key, await loader.LoadAsync(page, endpoint.Metadata)))
                    {
                        repeated.Add(key);
                    }
                }
                catch (Exception e) when (!stopping.IsCancellationRequested)
                {
                    // The page keeps loading on its first request, which shows the same error.
                    LogPageNotLoaded(logger, e, page.RelativePath);
                }
            }

            if (stopping.IsCancellationRequested)
            {
                return;
            }

            foreach (var key in repeated)
            {
                pages.Remove(key);
            }

            Volatile.Write(ref _pages, pages);
            _loaded.Cancel();
            LogPagesLoaded(logger, pages.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (stopping.IsCancellationRequested && e is ObjectDisposedException or OperationCanceledException)
        {
            // The host stopped while the pages loaded: nothing is left to route.
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            // Routing keeps the endpoints it had, and pages go on loading on their first requests.
            LogPagesNotMadeAgain(logger, e);
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Page {Page} could not be loaded after the start; it will be loaded on its first request")]
    private static partial void LogPageNotLoaded(ILogger logger, Exception exception, string page);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The pages' endpoints could not be made again after the start; pages go on loading on their first requests")]
    private static partial void LogPagesNotMadeAgain(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pages loaded after the first answer: {Count} in {Milliseconds:0} ms; their endpoints are made again with their full descriptors")]
    private static partial void LogPagesLoaded(ILogger logger, int count, double milliseconds);

    private readonly record struct PageKey(string RelativePath, string? AreaName, string? Template)
    {
        public static PageKey Of(PageActionDescriptor page) => new(page.RelativePath, page.AreaName, page.AttributeRouteInfo?.Template);
    }
}
