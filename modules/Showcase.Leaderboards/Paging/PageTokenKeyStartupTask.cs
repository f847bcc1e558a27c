using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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

        var key = await ReadKeyAsync(cancellationToken);
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

            key = await ReadKeyAsync(cancellationToken) ?? throw new InvalidOperationException("The page-token key was stored but cannot be read back.");
        }

        codec.UseKey(key);
    }

    /// <summary>
    /// The key, by one plain SQL query with the table and columns as the model and provider name them. Not LINQ: on every
    /// restart this is the Leaderboards context's first query, on the start's critical path, and LINQ would compile it there.
    /// </summary>
    private async Task<byte[]?> ReadKeyAsync(CancellationToken cancellationToken)
    {
        var keys = StoreNames.Of<PageTokenKey>(db);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"SELECT {keys.Column(nameof(PageTokenKey.Key))} FROM {keys.Table} " +
                $"WHERE {keys.Column(nameof(PageTokenKey.Id))} = {PageTokenKey.SingleId}";
            return await command.ExecuteScalarAsync(cancellationToken) as byte[];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
