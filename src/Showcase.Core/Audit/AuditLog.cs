using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Core.Data;

namespace Showcase.Core.Audit;

/// <summary>
/// The append-only audit log in <c>Core_AuditLog</c>. There is deliberately no way to change or remove
/// an entry. Writing joins the scope's transaction: an action that is rolled back leaves no entry.
/// </summary>
public sealed class AuditLog(CoreDbContext db, TimeProvider clock) : IAuditLog
{
    public async Task WriteAsync(string actor, string action, string target, string details = "", CancellationToken cancellationToken = default)
    {
        var entry = new AuditEntry
        {
            AtUtc = clock.GetUtcNow(),
            Actor = actor,
            Action = action,
            Target = target,
            Details = details,
        };
        db.AuditLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        // Append-only: an entry written needs no tracking, and thousands tracked slow every later save.
        db.Entry(entry).State = EntityState.Detached;
    }

    /// <summary>The latest entries, newest first, optionally only those about one target.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? target = null, int take = 100, CancellationToken cancellationToken = default)
    {
        var query = db.AuditLog.AsNoTracking();
        if (target is not null)
        {
            query = query.Where(a => a.Target == target);
        }

        return await query.OrderByDescending(a => a.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>One page of the entries <paramref name="query"/> asks for, newest first.</summary>
    public async Task<AuditPage> PageAsync(AuditQuery query, int pageSize, CancellationToken cancellationToken = default)
    {
        var filtered = await FilterAsync(query, cancellationToken);
        var total = await filtered.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var entries = await filtered.OrderByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new AuditPage(entries, total, page, pageSize);
    }

    /// <summary>Every entry <paramref name="query"/> asks for (its page ignored), newest first, at most <paramref name="limit"/>.</summary>
    public async IAsyncEnumerable<AuditEntry> ExportAsync(AuditQuery query, int limit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filtered = await FilterAsync(query, cancellationToken);
        await foreach (var entry in filtered.OrderByDescending(a => a.Id).Take(limit).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }

    /// <summary>The action names in the log, for the page's filter.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken = default) =>
        await db.AuditLog.AsNoTracking().Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);

    private async Task<IQueryable<AuditEntry>> FilterAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim();
            entries = entries.Where(a => a.Actor.Contains(actor));
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action.Trim();
            entries = entries.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(query.Target))
        {
            var target = query.Target.Trim();
            entries = entries.Where(a => a.Target.Contains(target));
        }

        // Time becomes a range of ids: SQLite cannot compare DateTimeOffset values in a query, and in an
        // append-only log the ids follow the time of writing.
        if (query.FromUtc is { } from)
        {
            var first = await FirstIdAtOrAfterAsync(from, cancellationToken);
            entries = entries.Where(a => a.Id >= first);
        }

        if (query.ToUtc is { } until)
        {
            var end = await FirstIdAtOrAfterAsync(until, cancellationToken);
            entries = entries.Where(a => a.Id < end);
        }

        return entries;
    }

    /// <summary>The smallest id written at or after <paramref name="at"/> (one past the last id when none): a binary search over ids.</summary>
    private async Task<long> FirstIdAtOrAfterAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var last = await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Id).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return 0;
        }

        long low = 0, high = last.Value + 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var entry = await db.AuditLog.AsNoTracking().Where(a => a.Id >= middle).OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.AtUtc }).FirstAsync(cancellationToken);
            if (entry.AtUtc >= at)
            {
                high = middle;
            }
            else
            {
                low = entry.Id + 1;
            }
        }

        return low;
    }
}
