using Microsoft.EntityFrameworkCore;

namespace Showcase.Core.Data;

public static class DbSessionEnlistment
{
    /// <summary>Makes <paramref name="context"/> follow the session's transaction, now and whenever it changes.</summary>
    public static TContext Enlist<TContext>(this DbSession session, TContext context) where TContext : DbContext
    {
        if (session.Transaction is { } current)
        {
            context.Database.UseTransaction(current);
        }

        session.TransactionChanged += transaction =>
        {
            // A context disposed with its scope no longer follows the session.
            try
            {
                context.Database.UseTransaction(transaction);
            }
            catch (ObjectDisposedException)
            {
            }
        };
        return context;
    }
}
