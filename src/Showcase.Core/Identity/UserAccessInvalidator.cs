using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Showcase.Abstractions.Data;
using Showcase.Core.Data;

namespace Showcase.Core.Identity;

/// <summary>
/// Evicts <see cref="UserAccessCache"/> entries of the users a save of the core's context changes — however the
/// change was made: the users' pages, Identity's failed sign-in count and lockout, a recipe — so that a lock or new
/// roles take effect at the user's next request on this node.
/// </summary>
internal sealed class UserAccessInvalidator(UserAccessCache cache) : SaveChangesInterceptor
{
    // The users a save is about to write, from before the save (afterwards their entries are Unchanged).
    private readonly ConditionalWeakTable<DbContext, List<string>> _saving = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Evict(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Evict(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Evict(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Evict(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is not CoreDbContext)
        {
            return;
        }

        // Only the users' entries are compared with their snapshots here (the save compares every entry right after
        // this): a context that tracks much, a recipe's with its audit entries, would otherwise be compared twice a save.
        var detect = context.ChangeTracker.AutoDetectChangesEnabled;
        List<string> users = [];
        foreach (var entry in context.ChangeTracker.EntriesAsTracked<ShowcaseUser>())
        {
            if (detect)
            {
                entry.DetectChanges();
            }

            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                users.Add(entry.Entity.Id);
            }
        }

        if (users.Count > 0)
        {
            _saving.AddOrUpdate(context, users);
        }
    }

    private void Evict(DbContext? context)
    {
        if (context is CoreDbContext && _saving.TryGetValue(context, out var users))
        {
            _saving.Remove(context);
            cache.Evict(users, committed: context.Database.CurrentTransaction is null);
        }
    }
}
