using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Security;
using Showcase.Core.Identity;
using Showcase.Core.Recipes;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Services;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>
/// The whole host in process with three rounds made by a recipe: <c>live</c> (SCORING, three entries, judges j1–j3;
/// j3's unit is the district of E1 and E2, so the tree conflicts them), <c>closed</c> (CLOSED, j1 on its panel),
/// <c>open</c> (APPLICATIONS_OPEN), and <c>seated</c> (SCORING, assigned panels of one judge per entry).
/// </summary>
public sealed class EvaluationScreensHost : IAsyncLifetime
{
    public const string Password = "screens-tests-pass-1";

    private const string Criteria = """
        [ { "key": "innovation", "title": "创新性", "max": 40, "step": 0.5, "tieBreak": 1, "description": "理念和方法的新意" },
          { "key": "effect", "title": "实效性", "max": 40 },
          { "key": "spread", "title": "示范性", "max": 20 } ]
        """;

    public ShowcaseWebFactory Web { get; } = new();

    public async Task InitializeAsync()
    {
        await RunRecipeAsync("""
            { "name": "screens-setup", "steps": [
              { "step": "organizations", "units": [
                { "code": "CZ", "name": "池州市", "kind": "city" },
                { "code": "GC", "name": "贵池区", "kind": "district", "parent": "CZ" },
                { "code": "GC-QP", "name": "秋浦街道", "kind": "street", "parent": "GC" },
                { "code": "GC-QP-YLY", "name": "烟柳园社区", "kind": "community", "parent": "GC-QP" },
                { "code": "GC-QP-QPU", "name": "秋浦社区", "kind": "community", "parent": "GC-QP" },
                { "code": "DZ", "name": "东至县", "kind": "district", "parent": "CZ" },
                { "code": "DZ-YD", "name": "尧渡镇", "kind": "street", "parent": "DZ" },
                { "code": "DZ-YD-XJ", "name": "新街社区", "kind": "community", "parent": "DZ-YD" } ] },
              { "step": "brands", "brands": [
                { "code": "B1", "title": "红网联动", "slogan": "一张红网联动万家", "community": "GC-QP-YLY", "summary": "网格员现场处置群众问题", "body": "## 缘起\n\n网格员每天走访。\n\n**党员**带头。", "tags": ["网格治理"] },
                { "code": "B2", "title": "秋浦夜话", "community": "GC-QP-QPU", "summary": "夜间议事会", "body": "议事。" },
                { "code": "B3", "title": "新街微光", "community": "DZ-YD-XJ", "summary": "楼道点灯", "body": "点灯。" },
                { "code": "B4", "title": "烟柳新风", "community": "GC-QP-YLY", "summary": "第二个品牌", "body": "新风。" } ] } ] }
            """);
        await CreateUserAsync("manager", Roles.ProgramManager, "");
        await CreateUserAsync("auditor", Roles.Auditor, "");
        await CreateUserAsync("editor-yly", Roles.CommunityEditor, "GC-QP-YLY");
        await CreateUserAsync("j1", Roles.Judge, "CZ");
        await CreateUserAsync("j2", Roles.Judge, "");
        await CreateUserAsync("j3", Roles.Judge, "GC");
        await RunRecipeAsync($$"""
            { "name": "screens-rounds", "steps": [ { "step": "rounds", "rounds": [
              { "code": "live", "title": "第三届评审", "year": 2022, "state": "SCORING",
                "stages": [ { "key": "final", "title": "终评", "minPanel": 1, "drop": 0, "method": "mean", "criteria": {{Criteria}}, "judges": ["j1", "j2", "j3"] } ],
                "bands": [ { "grade": "TOP2", "topRanks": 2 }, { "grade": "C" } ],
                "entries": [ { "code": "E1", "brand": "B1" }, { "code": "E2", "brand": "B2" }, { "code": "E3", "brand": "B3" } ] },
              { "code": "closed", "title": "已结束的评审", "year": 2021, "state": "CLOSED",
                "stages": [ { "key": "final", "title": "终评", "minPanel": 1, "drop": 0, "method": "mean", "criteria": {{Criteria}}, "judges": ["j1"] } ],
                "entries": [ { "code": "E1", "brand": "B1" } ] },
              { "code": "seated", "title": "分配评审", "year": 2022, "state": "SCORING",
                "stages": [ { "key": "final", "title": "终评", "minPanel": 1, "drop": 0, "method": "mean", "criteria": {{Criteria}}, "judges": ["j1", "j2"] } ],
                "entries": [ { "code": "E1", "brand": "B3" }, { "code": "E2", "brand": "B2" } ] },
              { "code": "open", "title": "接受申报的评审", "year": 2023, "state": "APPLICATIONS_OPEN",
                "stages": [ { "key": "final", "title": "终评", "criteria": {{Criteria}}, "judges": ["j1"] } ] } ] } ] }
            """);
        await Web.WithServiceAsync<PanelService, int>(async panels =>
        {
            await panels.CommitAsync("manager", "seated", "final", await panels.PreviewAsync("seated", "final", 1, 1));
            return 0;
        });
    }

    public async Task<WebSession> SignedInAsync(string name)
    {
        var session = Web.NewSession();
        (await session.SignInAsync(name, Password)).Status.ShouldBe(HttpStatusCode.Redirect);
        return session;
    }

    /// <summary>Posts form fields as the scorecard script does (Accept: application/json) with a token taken from <paramref name="tokenPage"/>.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Json)> PostJsonAsync(WebSession session, string tokenPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await session.GetAsync(tokenPage);
        page.Status.ShouldBe(HttpStatusCode.OK, tokenPage);
        var form = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", page.AntiforgeryToken()) };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(action, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await session.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    /// <summary>What is stored for a round: ledger events, submitted scorecards, idempotency receipts.</summary>
    public Task<(int Ledger, int Submitted, int Receipts)> StoredAsync(string round) =>
        Web.WithServiceAsync<EvaluationsDbContext, (int, int, int)>(async db =>
        {
            var id = await db.Rounds.Where(r => r.Code == round).Select(r => r.Id).SingleAsync();
            return (
                await db.Ledger.CountAsync(l => l.RoundId == id),
                await db.Scorecards.CountAsync(c => c.RoundId == id && c.SubmittedJson != null),
                await db.Receipts.CountAsync(r => r.RoundId == id));
        });

    private async Task RunRecipeAsync(string json)
    {
        var result = await Web.WithServiceAsync<RecipeRunner, RecipeResult>(runner => runner.RunAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "test"));
        result.ShouldNotBeNull();
    }

    private async Task CreateUserAsync(string name, string role, string unit)
    {
        var user = await Web.CreateUserAsync(name, Password, roles: role);
        await Web.WithServiceAsync<UserManager<ShowcaseUser>, IdentityResult>(async users =>
        {
            var stored = (await users.FindByIdAsync(user.Id))!;
            stored.UnitCode = unit;
            return await users.UpdateAsync(stored);
        });
    }

    public Task DisposeAsync()
    {
        Web.Dispose();
        return Task.CompletedTask;
    }
}
