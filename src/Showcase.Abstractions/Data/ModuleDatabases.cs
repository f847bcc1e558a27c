using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Hosting;

namespace Showcase.Abstractions.Data;

/// <summary>A module DbContext the host knows about, to migrate it in module order.</summary>
public sealed record ModuleDatabase(Type ContextType, Type SqliteType, Type PostgresType, string TablePrefix, string Schema);

public static class ModuleDbContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext: <typeparamref name="TContext"/> is what the module injects;
    /// <typeparamref name="TSqlite"/> and <typeparamref name="TPostgres"/> are its per-provider
    /// subclasses that own the migrations. All contexts of a scope share the scope's <see cref="IDbSession"/>.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services)
        where TContext : DbContext, IModuleDbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        // Options per scope: they carry the scope's connection. (Singleton options would capture
        // one connection from the root provider for every scope, and the session's transaction would not match it.)
        services.AddDbContext<TSqlite>((sp, options) => Configure<TContext>(sp, options), ServiceLifetime.Scoped, ServiceLifetime.Scoped);
        services.AddDbContext<TPostgres>((sp, options) => Configure<TContext>(sp, options), ServiceLifetime.Scoped, ServiceLifetime.Scoped);
        services.AddScoped<TContext>(sp =>
        {
            var session = sp.GetRequiredService<IDbSession>();
            TContext context = session.Provider == DatabaseProvider.Postgres ? sp.GetRequiredService<TPostgres>() : sp.GetRequiredService<TSqlite>();
            return session.Enlist(context);
        });
        services.AddSingleton(new ModuleDatabase(typeof(TContext), typeof(TSqlite), typeof(TPostgres), TContext.TablePrefix, TContext.Schema));
        return services;
    }

    private static void Configure<TContext>(IServiceProvider services, DbContextOptionsBuilder options) where TContext : IModuleDbContext
    {
        var session = services.GetRequiredService<IDbSession>();
        if (session.Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(session.Connection, o => o.MigrationsHistoryTable("__migrations", TContext.Schema));
        }
        else
        {
            options.UseSqlite(session.Connection, o => o.MigrationsHistoryTable($"__{TContext.TablePrefix}_Migrations"));
        }

        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.AmbientTransactionWarning));
    }

    /// <summary>Options for design-time factories and tests: a context of the given provider on a throwaway connection string.</summary>
    public static DbContextOptions<T> DesignTimeOptions<T, TNaming>(DatabaseProvider provider, string? connectionString = null)
        where T : DbContext where TNaming : IModuleDbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        if (provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(connectionString ?? "Host=127.0.0.1;Database=design", o => o.MigrationsHistoryTable("__migrations", TNaming.Schema));
        }
        else
        {
            builder.UseSqlite(connectionString ?? "Data Source=design.db", o => o.MigrationsHistoryTable($"__{TNaming.TablePrefix}_Migrations"));
        }

        return builder.Options;
    }
}
