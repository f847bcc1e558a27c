using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Localization;

namespace Showcase.Core.Content;

/// <summary>
/// Maps the content workflow's refusals, once, for every page: not found is 404, denied is 403, and a rule or
/// a workflow step that refused shows the page again (<see cref="IContentPage"/>) with the messages beside the
/// fields, in the reader's language.
/// </summary>
internal sealed class ContentExceptionFilter(IStringLocalizer<SharedText> shared) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            return;
        }

        var page = executed.HandlerInstance as IContentPage;
        switch (executed.Exception)
        {
            case ContentNotFoundException:
                executed.Result = new NotFoundResult();
                break;
            case ContentAccessDeniedException:
                executed.Result = new ForbidResult();
                break;
            case ContentValidationException refused when page is not null:
                foreach (var error in refused.Errors)
                {
                    var key = error.Field.Length == 0 || page.ErrorPrefix.Length == 0 ? error.Field : $"{page.ErrorPrefix}.{error.Field}";
                    executed.ModelState.AddModelError(key, Describe(page, error.Key, error.Arguments));
                }

                executed.Result = await ShowAgainAsync(executed, page);
                break;
            case ContentWorkflowException refused when page is not null:
                executed.ModelState.AddModelError("", Describe(page, refused.Key, []));
                executed.Result = await ShowAgainAsync(executed, page);
                break;
            default:
                return;
        }

        executed.ExceptionHandled = true;
    }

    private static async Task<IActionResult> ShowAgainAsync(PageHandlerExecutedContext executed, IContentPage page)
    {
        await page.ReloadAsync(executed.HttpContext.RequestAborted);
        return ((PageModel)page).Page();
    }

    /// <summary>The module's text first; the workflow's own messages (<c>Content.*</c>) live in SharedText.</summary>
    private string Describe(IContentPage page, string key, object[] arguments)
    {
        var text = page.Text[key, arguments];
        return text.ResourceNotFound ? shared[key, arguments] : text;
    }
}
