using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Showcase.Evaluations.Notice;

namespace Showcase.Evaluations.Pages.Notice;

/// <summary><c>/rounds/{code}/objection/received</c>: the acknowledgement with the reference number, shown once after lodging.</summary>
[AllowAnonymous]
public sealed class ObjectionReceivedModel(PublicNoticeReader reader) : PageModel
{
    public PublicNotice Notice { get; private set; } = null!;

    [TempData]
    public string? Reference { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(code, cancellationToken) is not { } notice)
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(Reference))
        {
            // Nothing was just lodged from this browser (a reload, a shared link): back to the notice.
            return Redirect($"/rounds/{Uri.EscapeDataString(code)}/results");
        }

        Notice = notice;
        return Page();
    }
}
