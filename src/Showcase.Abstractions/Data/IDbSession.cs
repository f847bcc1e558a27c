using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Hosting;

namespace Showcase.Abstractions.Data;

/// <summary>
/// The scope's one database connection, which every module DbContext of the scope shares (so that a
/// unit of work spans modules). The core implements it; <see cref="ModuleDbContextServiceCollectionExtensions.AddModuleDbContext{TContext, TSqlite, TPostgres}"/>
/// uses it. Modules do not: they inject their DbContext and run commands through <see cref="IUnitOfWork"/>.
/// </summary>
public interface IDbSession
{
    DatabaseProvider Provider { get; }

    DbConnection Connection { get; }

    /// <summary>Makes <paramref name="context"/> follow the scope's transaction, now and whenever it changes.</summary>
    TContext Enlist<TContext>(TContext context) where TContext : DbContext;
}
