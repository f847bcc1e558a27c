using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Showcase.Leaderboards.Tests;

/// <summary>
/// Counts the database commands EF Core sends from the code <see cref="CountAsync"/> runs (its async flow only), so a
/// test can tell that a call read nothing without counting the host's background work.
/// </summary>
public sealed class FlowCommandCounter : DbCommandInterceptor
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

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Record(result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Record(result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Record(result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(result));

    private static T Record<T>(T result)
    {
        if (Current.Value is { } count)
        {
            Interlocked.Increment(ref count.Value);
        }

        return result;
    }
}
