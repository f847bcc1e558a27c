using System.Net;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Showcase.Evaluations.Data;

namespace Showcase.Web.Tests.Rounds;

/// <summary>A host whose clients may lodge two objections an hour.</summary>
public sealed class TightObjectionLimitHost() : RoundsHost(new Dictionary<string, string>
{
    ["Showcase:Evaluations:Objections:PermitLimit"] = "2",
    ["Showcase:Evaluations:Objections:Window"] = "01:00:00",
});

/// <summary>Lodging objections is rate-limited per client by ASP.NET Core's rate limiter, answered with a themed 429 page.</summary>
public sealed class ObjectionRateLimitTests(TightObjectionLimitHost host) : IClassFixture<TightObjectionLimitHost>
{
    [Fact]
    public async Task A_client_past_its_limit_gets_429_with_a_themed_explanation_its_text_kept_and_nothing_stored()
    {
        await host.ApplyRecipeAsync(RoundsHost.NoticeRound("notice-limit"));
        using var visitor = host.Web.NewSession();
        var fields = new Dictionary<string, string> { ["Input.Name"] = "王五", ["Input.Contact"] = "13900000000", ["Input.Text"] = "第三次提交的异议内容" };

        var first = await visitor.SubmitAsync("/rounds/notice-limit/objection", fields);
        var second = await visitor.SubmitAsync("/rounds/notice-limit/objection", fields);
        var form = await visitor.GetAsync("/rounds/notice-limit/objection");
        var third = await visitor.SubmitAsync("/rounds/notice-limit/objection", fields);
        var stored = await host.Web.WithServiceAsync<EvaluationsDbContext, int>(db => db.Objections.CountAsync(o => o.Reference.StartsWith("notice-limit-")));

        first.Status.ShouldBe(HttpStatusCode.Redirect);
        second.Status.ShouldBe(HttpStatusCode.Redirect);
        form.Status.ShouldBe(HttpStatusCode.OK, "reading the form is never limited");
        third.Status.ShouldBe((HttpStatusCode)429);
        third.Layout.ShouldBe("red", "the refusal is a page in the site's theme");
        third.Html.ShouldContain("data-refused=\"rate-limit\"");
        third.Html.ShouldContain("第三次提交的异议内容", customMessage: "what the person wrote is still in the form");
        stored.ShouldBe(2);
    }
}
