using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Showcase.Evaluations.Notice;

namespace Showcase.Evaluations.Pages.Notice;

/// <summary><c>/rounds</c>: the rounds whose results are published (in public notice or final), and live review meetings on now.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicNoticeReader reader) : PageModel
{
    public IReadOnlyList<PublishedRound> Rounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rounds = await reader.ListAsync(cancellationToken);
}
