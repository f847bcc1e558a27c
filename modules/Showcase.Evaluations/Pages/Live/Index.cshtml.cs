using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Showcase.Abstractions.Security;
using Showcase.Evaluations.Live;

namespace Showcase.Evaluations.Pages.Live;

/// <summary>
/// <c>/rounds/{code}/live</c>: the big screen of a live review meeting (1920×1080): the stage being scored, its
/// provisional standings and the judges' progress, kept current by <c>live.js</c> over server-sent events. Complete
/// without script (it is rendered on the server). May be framed by a venue's display page. 404 when the round's live display is off.
/// </summary>
[AllowAnonymous]
[AllowFraming]
public sealed class IndexModel(LiveBoardReader reader) : PageModel
{
    public LiveBoard Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await reader.ReadAsync(code, cancellationToken) is not { Live: true } board)
        {
            return NotFound();
        }

        Board = board;
        return Page();
    }
}
