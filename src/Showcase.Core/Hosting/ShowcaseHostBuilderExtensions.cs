using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyModel;
using Showcase.Abstractions.Cli;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Modules;
using Showcase.Core.Api;
using Showcase.Core.Data;

namespace Showcase.Core.Hosting;

public static class ShowcaseHostBuilderExtensions
{
    /// <summary>
    /// Finds the modules and themes the application references (by their manifests), orders them by
    /// dependencies, binds <see cref="ShowcaseOptions"/>, and lets every module configure its services.
    /// </summary>
    /// <param name="additionalAssemblies">Assemblies to look in besides the referenced projects (tests use it).</param>
    /// <exception cref="ModuleCatalogException">a module's dependency is missing or the dependencies form a cycle.</exception>
    public static ModuleCatalog AddShowcaseModules(this WebApplicationBuilder builder, params Assembly[] additionalAssemblies)
    {
        var timeline = StartupTimeline.Of(builder);
        var options = builder.Configuration.GetSection(ShowcaseOptions.Section).Get<ShowcaseOptions>() ?? new ShowcaseOptions();
        var catalog = ModuleCatalog.Build(ReferencedProjectAssemblies().Concat(additionalAssemblies), options.Modules.Disabled);
        timeline.Mark("module discovery");
        builder.Services.AddSingleton(catalog);
        builder.Services.AddOptions<ShowcaseOptions>().Bind(builder.Configuration.GetSection(ShowcaseOptions.Section));
        builder.Services.AddSingleton<BackgroundStartGate>();
        builder.Services.AddSingleton<IBackgroundStartGate>(sp => sp.GetRequiredService<BackgroundStartGate>());
        builder.Services.AddSingleton<HomePageWarmUp>();

        var startups = catalog.Modules
            .Where(m => m.StartupType is not null)
            .Select(m => (ModuleStartup)Activator.CreateInstance(m.StartupType!)!)
            .ToList();
        builder.Services.AddSingleton<IReadOnlyList<ModuleStartup>>(startups);
        foreach (var startup in startups)
        {
            startup.ConfigureServices(builder.Services);
        }

        // The pipeline always runs the rate limiter; modules add their policies (AddRateLimiter(o => o.AddPolicy(...))).
        builder.Services.AddRateLimiter(_ => { });
        timeline.Mark("module services");
        return catalog;
    }

    /// <summary>The modules' startup classes, in dependency order, as <see cref="AddShowcaseModules"/> made them.</summary>
    public static IReadOnlyList<ModuleStartup> ModuleStartups(this WebApplicationBuilder builder) =>
        builder.Services.LastOrDefault(s => s.ServiceType == typeof(IReadOnlyList<ModuleStartup>))?.ImplementationInstance as IReadOnlyList<ModuleStartup> ?? [];

    /// <summary>
    /// The database: one <see cref="DbSession"/> per scope, the unit of work on it with its outbox (dispatched after
    /// commit, replayed in the background, announced to the other nodes on PostgreSQL), and the core's own context.
    /// </summary>
    public static WebApplicationBuilder AddShowcasePersistence(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DbSession>();
        builder.Services.AddScoped<IDbSession>(sp => sp.GetRequiredService<DbSession>());
        builder.Services.AddScoped<IUnitOfWork, UnitOfWork>();
        builder.Services.AddSingleton<Outbox.OutboxDispatcher>();
        builder.Services.AddOptions<Outbox.OutboxOptions>().BindConfiguration(Outbox.OutboxOptions.Section);
        builder.Services.AddHostedService<Outbox.OutboxReplayService>();
        Cluster.ClusterServiceExtensions.AddShowcaseCluster(builder.Services);
        builder.Services.AddModuleDbContext<CoreDbContext, SqliteCoreDbContext, PostgresCoreDbContext>();
        builder.Services.AddScoped<DatabaseMigrator>();
        builder.Services.AddScoped<ICommandVerb, Cli.MigrateVerb>();
        Backup.BackupServiceExtensions.AddShowcaseBackup(builder.Services);
        return builder;
    }

    /// <summary>Maps every module's endpoints, in module order.</summary>
    public static WebApplication MapShowcaseModules(this WebApplication app)
    {
        // The modules' API is mapped with the host's once the start is over (MapShowcaseGrpc).
        var api = app.Services.GetRequiredService<ApiEndpoints>();
        foreach (var startup in app.Services.GetRequiredService<IReadOnlyList<ModuleStartup>>())
        {
            startup.MapEndpoints(app);
            api.Add(startup.MapApi);
        }

        app.Services.GetService<StartupTimeline>()?.Mark("endpoints mapped (health, pages, modules)");
        return app;
    }

    /// <summary>The project assemblies the entry application was built with (from its deps.json).</summary>
    private static IEnumerable<Assembly> ReferencedProjectAssemblies()
    {
        var context = DependencyContext.Default;
        if (context is null)
        {
            return AppDomain.CurrentDomain.GetAssemblies();
        }

        return context.RuntimeLibraries
            .Where(l => l.Type == "project")
            .Select(l => TryLoad(l.Name))
            .OfType<Assembly>()
            .ToList();
    }

    private static Assembly? TryLoad(string name)
    {
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
