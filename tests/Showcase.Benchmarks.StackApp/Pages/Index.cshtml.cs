using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Showcase.Benchmarks.StackApp.Pages;

public sealed class IndexModel(StackDbContext db) : PageModel
{
    public IReadOnlyList<Thing> Things { get; private set; } = [];

    public async Task OnGetAsync() => Things = await db.Things.OrderBy(t => t.Id).Take(12).ToListAsync(HttpContext.RequestAborted);
}
