using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Showcase.Testing;

/// <summary>
/// An EF Core interceptor that sees every command before it is sent (readers, scalars, non-queries, sync and async)
/// and hands it to <see cref="OnExecuting"/>, for tests that count or record one request's or one call's commands.
/// </summary>
public abstract class CommandInterceptorBase : DbCommandInterceptor
{
    /// <summary>Called for every command EF Core is about to send; must not block.</summary>
    protected abstract void OnExecuting(DbCommand command);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Seen(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Seen(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Seen(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Seen(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Seen(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Seen(command, result));

    private T Seen<T>(DbCommand command, T result)
    {
        OnExecuting(command);
        return result;
    }
}
