using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;
using Showcase.Leaderboards.Data;
using Showcase.Leaderboards.Models;

namespace Showcase.Leaderboards.Paging;

/// <summary>
/// Loads the page-token key at start, creating it once if this is the first node to start. Never in prepared demo
/// data: every installation signs its tokens with a key of its own.
/// </summary>
internal sealed class PageTokenKeyStartupTask(LeaderboardsDbContext db, IUnitOfWork work, PageTokenCodec codec, TimeProvider time) : IStartupTask
{
    public int Order => 500;

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        if (context.PreparingDemoData)
        {
            return;
        }

        var key = await db.TokenKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == PageTokenKey.SingleId, cancellationToken);
        if (key is null)
        {
            try
            {
                await work.ExecuteAsync(async ct =>
                {
                    db.TokenKeys.Add(new PageTokenKey { Id = PageTokenKey.SingleId, Key = RandomNumberGenerator.GetBytes(32), CreatedUtc = time.GetUtcNow() });
                    await db.SaveChangesAsync(ct);
                }, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node made it first: use theirs.
                db.ChangeTracker.Clear();
            }

            key = await db.TokenKeys.AsNoTracking().FirstAsync(k => k.Id == PageTokenKey.SingleId, cancellationToken);
        }

        codec.UseKey(key.Key);
    }
}
