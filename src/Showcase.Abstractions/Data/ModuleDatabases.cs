using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        // Options once per process, without a connection (a template); each context is created with a copy
        // that carries its scope's connection. Building options per scope through AddDbContext cost a
        // third of a rendered page's CPU: EF Core rebuilt the warnings and core options for every context of
        // every request. Setting the connection on a context afterwards (SetDbConnection) would instead
        // initialise every context a request merely injects, used or not.
        services.TryAddSingleton<EntityFrameworkServices>();
        services.AddDbContext<TSqlite>((sp, options) => Configure<TContext>(sp, options, DatabaseProvider.Sqlite), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddDbContext<TPostgres>((sp, options) => Configure<TContext>(sp, options, DatabaseProvider.Postgres), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddScoped<TContext>(sp =>
        {
            var session = sp.GetRequiredService<IDbSession>();
            TContext context = session.Provider == DatabaseProvider.Postgres
                ? ScopedContext<TPostgres>.Create(sp, session)
                : ScopedContext<TSqlite>.Create(sp, session);
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

        // EF Core's own services named here rather than looked up per context (see EntityFrameworkServices).
        options.UseInternalServiceProvider(services.GetRequiredService<EntityFrameworkServices>().For(provider));

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

    /// <summary>Creates <typeparamref name="T"/> on the process's options template with the scope's connection put in.</summary>
    private static class ScopedContext<T> where T : DbContext
    {
        private static readonly ObjectFactory<T> Factory = ActivatorUtilities.CreateFactory<T>([typeof(DbContextOptions<T>)]);

        // Each host's template with its built model named in it (UseModel). Without it every context, on its first
        // query, looks for a compiled model among its assembly's attributes (reflection, per context) before it
        // asks EF Core's model cache.
        private static readonly ConditionalWeakTable<DbContextOptions<T>, DbContextOptions<T>> WithModel = new();

        public static T Create(IServiceProvider services, IDbSession session)
        {
            var template = services.GetRequiredService<DbContextOptions<T>>();
            if (!WithModel.TryGetValue(template, out var named))
            {
                using (var first = Factory(services, [template]))
                {
                    named = new DbContextOptionsBuilder<T>(template).UseModel(first.Model).Options;
                }

                WithModel.TryAdd(template, named);
            }

            var relational = RelationalOptionsExtension.Extract(named).WithConnection(session.Connection, owned: false);
            return Factory(services, [named.WithExtension(relational)]);
        }
    }
}
