using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Showcase.Abstractions.Data;

public static class ModelBuilderExtensions
{
    /// <summary>Puts the context's tables in its schema (PostgreSQL) or gives them its prefix (SQLite).</summary>
    public static ModelBuilder UseModuleNaming<TContext>(this ModelBuilder modelBuilder, DatabaseFacade database)
        where TContext : IModuleDbContext
    {
        if (database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(TContext.Schema);
            return modelBuilder;
        }

        var prefix = TContext.TablePrefix + "_";
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            if (!table.StartsWith(prefix, StringComparison.Ordinal))
            {
                entity.SetTableName(prefix + table);
            }
        }

        return modelBuilder;
    }
}
