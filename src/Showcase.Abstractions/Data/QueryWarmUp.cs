using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Showcase.Abstractions.Data;

/// <summary>
/// Contexts for a start's warm-up of queries (<see cref="Modules.ModuleStartup.WarmUpQueries"/>), made while the host is
/// built: configured as a host's SQLite contexts are, on EF Core's services that the host about to start takes over
/// (<see cref="ModuleDbContextServiceCollectionExtensions.WarmUpOptions{TContext, TSqlite}"/>), with an in-memory
/// database without tables and every command answered with no rows, unsent. A query run on one is compiled into the
/// query cache every context of the process shares, and the module's compiled model is initialised, so that the first
/// page's request finds both made.
/// </summary>
public sealed class QueryWarmUp
{
    // Taken once, so that every context of this warm-up is on the same services, also if the host takes them meanwhile.
    private readonly IServiceProvider _services = EntityFrameworkServices.Prepared;

    /// <summary>A new context of the module's SQLite type, to be disposed by the caller.</summary>
    /// <param name="create">The context's constructor, e.g. <c>o => new SqliteBrandsDbContext(o)</c>.</param>
    public TSqlite Context<TContext, TSqlite>(Func<DbContextOptions<TSqlite>, TSqlite> create)
        where TContext : DbContext, IModuleDbContext
        where TSqlite : TContext
    {
        var options = (DbContextOptions<TSqlite>)new DbContextOptionsBuilder<TSqlite>(
            ModuleDbContextServiceCollectionExtensions.WarmUpOptions<TContext, TSqlite>(_services)).AddInterceptors(AnsweredEmpty.Instance).Options;
        return create(options);
    }

    /// <summary>Answers every command with no rows, without sending it: the warm-up's database has no tables.</summary>
    private sealed class AnsweredEmpty : DbCommandInterceptor
    {
        public static readonly AnsweredEmpty Instance = new();

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            InterceptionResult<DbDataReader>.SuppressWithResult(new DataTable().CreateDataReader());

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ReaderExecuting(command, eventData, result));
    }
}
