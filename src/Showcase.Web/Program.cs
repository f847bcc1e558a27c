using Showcase.Abstractions.Cli;
using Showcase.Abstractions.Data;
using Showcase.Core.Api;
using Showcase.Core.Cli;
using Showcase.Core.Content;
using Showcase.Core.Data;
using Showcase.Core.Hosting;
using Showcase.Core.Identity;
using Showcase.Core.Jobs;
using Showcase.Core.Localization;
using Showcase.Core.Recipes;
using Showcase.Core.Security;
using Showcase.Core.Themes;

// A start that fails (busy port, bad configuration, unreachable database) prints one line and exits 1.
return await StartupFailure.ReportAsync(async () =>
{
    var commandLine = CommandLine.Parse(args);
    Task<QueryWarmUp?>? warmUp = null;
    if (commandLine.Verb is null)
    {
        _ = ShowcaseCultures.WarmUpAsync();
        warmUp = EntityFrameworkWarmUp.RunAsync();
    }

    var builder = WebApplication.CreateBuilder([.. commandLine.HostArguments]);

    builder.AddShowcaseModules();
    _ = warmUp?.ThenModules(builder.ModuleStartups());
    builder.AddShowcasePersistence();
    builder.AddShowcaseContent();
    builder.AddShowcaseIdentity();
    builder.AddShowcaseSecurityHeaders();
    builder.AddShowcaseThemes();
    builder.AddShowcaseLocalization();
    builder.AddShowcaseRecipes();
    builder.AddShowcaseJobs();
    builder.AddShowcaseGrpc();
    builder.AddShowcaseTelemetry();
    builder.Services.AddScoped<ICommandVerb, Showcase.Web.Cli.VerifyVerb>();

    var app = builder.Build();

    if (commandLine.Verb is not null)
    {
        return await app.RunVerbAsync(commandLine, Console.Out, Console.Error);
    }

    app.EnsureEndpointsFree();

    // The database (migrations, startup tasks) is prepared on another thread while this one builds the pipeline and
    // the endpoints, which need no database: on two cores they overlap. Nothing is served before both are done.
    var prepared = Task.Run(() => app.PrepareShowcaseAsync());
    try
    {
        app.UseShowcase();
        app.MapShowcaseHealth();
        app.MapShowcaseGrpc();
        app.MapShowcasePages();
        app.MapShowcaseModules();
        app.BuildShowcaseEndpoints();
    }
    finally
    {
        await prepared;
        app.Services.GetService<StartupTimeline>()?.Mark("database prepared (the main thread waited)");
    }

    // Beside the hosted services' start and the server's, on the other core: the first page's code, views and queries.
    app.WarmUpHomePage();

    await app.RunAsync();
    return 0;
}, Console.Error);

/// <summary>Entry point; public so that test hosts can start it.</summary>
public partial class Program;
