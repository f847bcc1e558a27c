using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Showcase.Abstractions.Cli;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Modules;
using Showcase.Abstractions.Navigation;
using Showcase.Abstractions.Recipes;
using Showcase.Abstractions.Security;
using Showcase.Evaluations.Cli;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Jobs;
using Showcase.Evaluations.Judging;
using Showcase.Evaluations.Recipes;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<EvaluationsDbContext, SqliteEvaluationsDbContext, PostgresEvaluationsDbContext>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPermissionProvider, Permissions>();

        services.AddScoped<RoundStore>();
        services.AddScoped<IJudgeDirectory, JudgeDirectory>();
        services.AddScoped<IEntryBrands, PublishedEntryBrands>();
        services.AddScoped<RoundAdministration>();
        services.AddScoped<ApplicationService>();
        services.AddScoped<ConflictService>();
        services.AddScoped<PanelService>();
        services.AddScoped<ScorecardService>();
        services.AddScoped<ResultsService>();
        services.AddScoped<ResultsSheets>();
        services.AddScoped<DecisionService>();
        services.AddScoped<ObjectionService>();
        services.AddSingleton<StandingsCache>();
        services.AddScoped<IStandingsReader, StandingsReader>();
        services.AddScoped<IRoundDirectory, RoundDirectory>();

        // The admin-theme screens: managers, editors and judges.
        services.AddLocalization();
        services.AddScoped<IAdminMenu, AdminMenu>();
        services.AddScoped<JudgeWorkspace>();
        services.AddScoped<FrozenBrandReader>();

        services.AddScoped<IRecipeStep, RoundsRecipeStep>();
        services.AddScoped<RoundTransitionJob>();
        services.AddScoped<ICommandVerb, LedgerVerb>();
        services.AddScoped<ICommandVerb, ExportResultsVerb>();
    }
}
