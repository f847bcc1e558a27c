using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Showcase.Evaluations.Notice;

namespace Showcase.Evaluations.Pages.Notice;

/// <summary>
/// <c>/rounds/{code}/results</c>: the public notice (公示) of a round's published results, printable as an A4 notice.
/// 404 for a round before PUBLIC_NOTICE: nothing provisional is ever public here.
/// </summary>
[AllowAnonymous]
public sealed class ResultsModel(PublicNoticeReader reader, IAuthorizationService authorization) : PageModel
{
    public PublicNotice Notice { get; private set; } = null!;

    /// <summary>The visitor may handle objections (a link to the admin page is shown).</summary>
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(code, cancellationToken) is not { } notice)
        {
            return NotFound();
        }

        Notice = notice;
        CanManage = User.Identity?.IsAuthenticated == true
            && (await authorization.AuthorizeAsync(User, Permissions.ManageRounds.Name)).Succeeded;
        return Page();
    }
}
