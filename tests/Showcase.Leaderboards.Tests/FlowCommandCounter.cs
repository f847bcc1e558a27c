using System.Data.Common;
using System.Runtime.CompilerServices;
using Showcase.Testing;

namespace Showcase.Leaderboards.Tests;

/// <summary>
/// Counts the database commands EF Core sends from the code <see cref="CountAsync"/> runs (its async flow only), so a
/// test can tell that a call read nothing without counting the host's background work.
/// </summary>
public sealed class FlowCommandCounter : CommandInterceptorBase
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();

    /// <returns>how many commands <paramref name="work"/> sent.</returns>
    public static async Task<int> CountAsync(Func<Task> work)
    {
        var count = new StrongBox<int>();
        Current.Value = count;
        try
        {
            await work();
        }
        finally
        {
            Current.Value = null;
        }

        return count.Value;
    }

    protected override void OnExecuting(DbCommand command)
    {
        if (Current.Value is { } count)
        {
            Interlocked.Increment(ref count.Value);
        }
    }
}
