using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Showcase.Abstractions.Data;

/// <summary>Looking at what a context tracks without paying for what it does not need.</summary>
public static class ChangeTrackerExtensions
{
    /// <summary>
    /// The tracked entries of <typeparamref name="T"/>, without first comparing every entity the context tracks with its
    /// snapshot, as <see cref="ChangeTracker.Entries{TEntity}"/> does. A context that tracks much (a recipe's, one command
    /// over thousands of rows) would otherwise pay that comparison at every look. An entry's state is then as last
    /// detected: call <see cref="EntityEntry.DetectChanges"/> on the entries whose state matters.
    /// </summary>
    public static List<EntityEntry<T>> EntriesAsTracked<T>(this ChangeTracker tracker) where T : class
    {
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. tracker.Entries<T>()];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}
