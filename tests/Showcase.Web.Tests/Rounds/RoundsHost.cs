using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Core.Identity;
using Showcase.Core.Recipes;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Services;
using Showcase.Testing;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests.Rounds;

/// <summary>
/// The whole host in process with the default recipe (its rounds 2021-top10, FINAL, and 2022-top10, SCORING with the
/// big screen on), passwords for the demo manager, an editor and the judges, and helpers to add small rounds.
/// </summary>
public class RoundsHost : IAsyncLifetime
{
    public const string Password = "rounds-tests-pass-1";

    public static readonly string DefaultRecipe = Path.Combine(ShowcaseProcess.RepositoryRoot, "src", "Showcase.Web", "Recipes", "default.recipe.json");

    public RoundsHost()
        : this(new Dictionary<string, string>())
    {
    }

    protected RoundsHost(IReadOnlyDictionary<string, string> settings) => Web = new RoundsWebFactory(settings);

    public RoundsWebFactory Web { get; }

    public async Task InitializeAsync()
    {
        await Web.WithServiceAsync<RecipeRunner, RecipeResult>(runner => runner.RunFileAsync(DefaultRecipe, "test"));
        foreach (var name in new[] { "manager01", "editor-yly", "judge01", "judge02", "judge03", "judge04", "judge05", "judge06", "judge07", "judge08", "judge09" })
        {
            await Web.WithServiceAsync<UserManager<ShowcaseUser>, IdentityResult>(async users =>
            {
                var user = (await users.FindByNameAsync(name))!;
                return await users.AddPasswordAsync(user, Password);
            });
        }
    }

    public async Task<WebSession> SignedInAsync(string name)
    {
        var session = Web.NewSession();
        (await session.SignInAsync(name, Password)).Status.ShouldBe(HttpStatusCode.Redirect, $"sign-in of {name}");
        return session;
    }

    public Task ApplyRecipeAsync(string json) =>
        Web.WithServiceAsync<RecipeRunner, RecipeResult>(runner => runner.RunAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "test"));

    public Task<RoundSummary> RoundAsync(string code) =>
        Web.WithServiceAsync<IRoundDirectory, RoundSummary>(async rounds => (await rounds.FindAsync(code))!);

    /// <summary>A scorecard of the round's open stage that nobody submitted yet, from a judge free to score it.</summary>
    public Task<(string Judge, string Entry)> MissingScorecardAsync(string code, int skip = 0) =>
        Web.WithServiceAsync<IServiceProvider, (string, string)>(async services =>
        {
            var results = (await services.GetRequiredService<IStandingsReader>().GetAsync(code))!;
            var db = services.GetRequiredService<EvaluationsDbContext>();
            var done = (await db.Scorecards.AsNoTracking().Where(s => s.RoundId == results.Snapshot.Round.Id && s.SubmittedJson != null)
                .Select(s => new { s.Judge, s.EntryCode }).ToListAsync())
                .Select(s => (s.Judge, s.EntryCode)).ToHashSet();
            var stage = results.Snapshot.Stage(results.OpenStage!)!;
            return (from entry in results.Snapshot.Entries.Where(e => e.IsInRound).Select(e => e.Code)
                    from judge in stage.Judges.Select(j => j.Judge).Order(StringComparer.Ordinal)
                    where !done.Contains((judge, entry)) && !results.Snapshot.IsConflicted(judge, entry) && results.Snapshot.IsAssigned(stage, judge, entry)
                    select (judge, entry)).Skip(skip).First();
        });

    /// <summary>
    /// A round of four entries (brands B01–B04) and five judges no entry conflicts with, in PUBLIC_NOTICE with complete,
    /// untied scores: the notice period began a day ago and lasts seven days.
    /// </summary>
    public static string NoticeRound(string code) => $$"""
        { "name": "notice-{{code}}", "steps": [ { "step": "rounds", "rounds": [ {
            "code": "{{code}}", "title": "公示测试评审 {{code}}", "year": 2023, "state": "PUBLIC_NOTICE", "liveDisplay": false,
            "stages": [ { "key": "final", "title": "终评", "method": "mean", "minPanel": 3,
                "criteria": [ { "key": "innovation", "title": "创新性", "max": 40, "tieBreak": 1 },
                              { "key": "effect", "title": "实效性", "max": 40 },
                              { "key": "spread", "title": "示范性", "max": 20 } ],
                "judges": ["judge02", "judge05", "judge06", "judge07", "judge09"] } ],
            "bands": [ { "grade": "TOP2", "topRanks": 2 }, { "grade": "C" } ],
            "entries": [ { "code": "E1", "brand": "B01" }, { "code": "E2", "brand": "B02" }, { "code": "E3", "brand": "B03" }, { "code": "E4", "brand": "B04" } ],
            "scores": [ {{Scores("E1", 36)}}, {{Scores("E2", 33)}}, {{Scores("E3", 30)}}, {{Scores("E4", 27)}} ],
            "schedule": { "publicNotice": "{{DateTimeOffset.UtcNow.AddDays(-1):O}}", "noticeDays": 7 } } ] } ] }
        """;

    /// <summary>Judges with no unit below the city: no entry is conflicted with them.</summary>
    private static readonly string[] NoticeJudges = ["judge02", "judge05", "judge06", "judge07", "judge09"];

    private static string Scores(string entry, int innovation) =>
        string.Join(", ", NoticeJudges.Select((judge, i) =>
            $$"""{ "stage": "final", "judge": "{{judge}}", "entry": "{{entry}}", "criteria": { "innovation": {{innovation - i % 2}}, "effect": {{innovation - 2}}, "spread": 15 } }"""));

    public Task DisposeAsync() => Web.DisposeAsync().AsTask();
}
