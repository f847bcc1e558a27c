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
}
