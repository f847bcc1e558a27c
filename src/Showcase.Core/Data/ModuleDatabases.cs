using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Core.Hosting;

namespace Showcase.Core.Data;

/// <summary>A module DbContext the host knows about, to migrate it in module order.</summary>
public sealed record ModuleDatabase(Type ContextType, Type SqliteType, Type PostgresType, string TablePrefix, string Schema);

public static class ModuleDatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext: <typeparamref name="TContext"/> is what the module injects;
    /// <typeparamref name="TSqlite"/> and <typeparamref name="TPostgres"/> are its per-provider
    /// subclasses that own the migrations. All contexts of a scope share the scope's <see cref="DbSession"/>.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services)
        where TContext : DbContext, IModuleDbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        // Options once per process, without a connection; each context gets its scope's DbSession connection
        // when it is created. (Options per scope cost a third of a rendered page's CPU: EF Core rebuilt and
        // compared them for every context of every request. Options capturing one connection from the root
        // provider would give every scope the same connection, outside the session's transaction.)
        services.AddDbContext<TSqlite>((sp, options) => Configure<TContext>(sp, options, DatabaseProvider.Sqlite), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddDbContext<TPostgres>((sp, options) => Configure<TContext>(sp, options, DatabaseProvider.Postgres), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddScoped<TContext>(sp =>
        {
            var session = sp.GetRequiredService<DbSession>();
            TContext context = session.Provider == DatabaseProvider.Postgres ? sp.GetRequiredService<TPostgres>() : sp.GetRequiredService<TSqlite>();
            context.Database.SetDbConnection(session.Connection, contextOwnsConnection: false);
            return session.Enlist(context);
        });
        services.AddSingleton(new ModuleDatabase(typeof(TContext), typeof(TSqlite), typeof(TPostgres), TContext.TablePrefix, TContext.Schema));
        return services;
    }

    private static void Configure<TContext>(IServiceProvider services, DbContextOptionsBuilder options, DatabaseProvider provider) where TContext : IModuleDbContext
    {
        if (provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(o => o.MigrationsHistoryTable("__migrations", TContext.Schema));
        }
        else
        {
            options.UseSqlite(o => o.MigrationsHistoryTable($"__{TContext.TablePrefix}_Migrations"));
        }

        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.AmbientTransactionWarning));

        // Interceptors registered as services (tests count commands with one) join every module context.
        if (services.GetServices<IInterceptor>().ToList() is { Count: > 0 } interceptors)
        {
            options.AddInterceptors(interceptors);
        }
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
