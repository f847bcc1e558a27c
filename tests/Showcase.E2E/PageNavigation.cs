using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Showcase.E2E;

/// <summary>
/// Waiting for a page that a click or a form sent the browser to. Playwright's <c>WaitForURLAsync</c> checks the address
/// and then subscribes to the load event, and when the navigation ends in between it waits for an event that has already
/// gone (microsoft/playwright-dotnet#3364, open). A CI run timed out at 90 s that way: the page served, the host idle, and
/// Playwright still waiting for the load event. Here the address is polled, and then the document's <c>readyState</c> is
/// read in the page.
/// </summary>
public static class PageNavigation
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Waits until the page's address satisfies <paramref name="url"/> and its document has loaded.</summary>
    public static async Task WaitForPageAsync(this IPage page, Func<string, bool> url)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!url(page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The page stayed at {page.Url} for {Timeout.TotalSeconds} s.");
            }

            await Task.Delay(50);
        }

        await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null,
            new PageWaitForFunctionOptions { PollingInterval = 50, Timeout = (float)Timeout.TotalMilliseconds });
    }

    /// <summary>The same, for an address that matches <paramref name="url"/>.</summary>
    public static Task WaitForPageAsync(this IPage page, Regex url) => page.WaitForPageAsync(url.IsMatch);

    /// <summary>The same, for an address that ends with <paramref name="path"/> (what Playwright's <c>**/path</c> matches here).</summary>
    public static Task WaitForPageAsync(this IPage page, string path) =>
        page.WaitForPageAsync(url => url.EndsWith(path.StartsWith("**", StringComparison.Ordinal) ? path[2..] : path, StringComparison.Ordinal));
}
