using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Shouldly;
using Showcase.Evaluations.Services;
using Showcase.Testing;

namespace Showcase.Evaluations.Tests;

/// <summary>The round's results as a workbook and as CSV carry the engine's figures, entry by entry and score by score.</summary>
public sealed class ResultsSheetsTests
{
    [Fact]
    public async Task The_workbook_has_the_standings_a_score_sheet_per_stage_and_the_diagnostics_with_the_engines_figures()
    {
        await using var host = await DefaultRecipeAsync();

        var (workbook, live, cards) = await host.InScopeAsync(async sp =>
        {
            var results = await sp.GetRequiredService<ResultsService>().GetAsync("2021-top10");
            var store = sp.GetRequiredService<RoundStore>();
            return (await sp.GetRequiredService<ResultsSheets>().WorkbookAsync("2021-top10"), results, await store.SubmittedScorecardsAsync(results.Snapshot, CancellationToken.None));
        });

        using var stream = new MemoryStream(workbook);
        var sheets = stream.GetSheetNames();
        var stages = live.Snapshot.Definition.Stages;
        sheets.ShouldBe(["轮次排名", .. stages.Select(s => "评分表：" + s.Title), "评委诊断"]);

        var standings = stream.Query(useHeaderRow: true, sheetName: "轮次排名").Cast<IDictionary<string, object>>().ToList();
        standings.Count.ShouldBe(live.Standings.Entries.Length);
        foreach (var (row, standing) in standings.Zip(live.Standings.Entries))
        {
            row["作品"].ShouldBe(standing.EntryCode);
            Convert.ToDecimal(row["得分"], CultureInfo.InvariantCulture).ShouldBe(standing.Score!.Value);
            row["等级"]?.ToString().ShouldBe(standing.Grade);
        }

        var stage = stages[0];
        var scores = stream.Query(useHeaderRow: true, sheetName: "评分表：" + stage.Title).Cast<IDictionary<string, object>>().ToList();
        var stageCards = cards.Where(c => c.Stage == stage.Key).ToList();
        scores.Count.ShouldBe(stageCards.Count);
        var first = scores[0];
        var card = stageCards.Single(c => c.Entry == (string)first["作品"] && c.Judge == (string)first["评委"]);
        var criterion = stage.Criteria[0];
        Convert.ToDecimal(first[$"{criterion.Title} ({criterion.Max.ToString(CultureInfo.InvariantCulture)})"], CultureInfo.InvariantCulture).ShouldBe(card.Scores[0]);
        Convert.ToDecimal(first["合计"], CultureInfo.InvariantCulture).ShouldBe(card.Scores.Sum());
        stream.Query(useHeaderRow: true, sheetName: "评委诊断").Count().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_csv_lists_every_entry_in_position_order_readable_by_a_spreadsheet()
    {
        await using var host = await DefaultRecipeAsync();

        var (csv, live) = await host.InScopeAsync(async sp =>
            (await sp.GetRequiredService<ResultsSheets>().StandingsCsvAsync("2021-top10"), await sp.GetRequiredService<ResultsService>().GetAsync("2021-top10")));

        csv.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("位次,名次,并列,作品,");
        lines.Length.ShouldBe(live.Standings.Entries.Length + 1);
        var top = live.Standings.Entries[0];
        lines[1].ShouldStartWith($"1,{top.Rank},");
        lines[1].ShouldContain($",{top.EntryCode},");
        lines[1].ShouldContain($",{top.ScoreText},");
    }

    [Fact]
    public async Task An_unknown_round_is_refused_by_name()
    {
        await using var host = await DefaultRecipeAsync();

        var refused = await Should.ThrowAsync<EvaluationRefusedException>(() =>
            host.InScopeAsync(sp => sp.GetRequiredService<ResultsSheets>().WorkbookAsync("no-such-round")));

        refused.Message.ShouldContain("no-such-round");
    }

    private static async Task<EvaluationsHost> DefaultRecipeAsync()
    {
        // The column titles are the admin's zh-CN texts, as a request in zh-CN gets them.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var host = await EvaluationsHost.StartAsync(seed: false);
        await host.RunRecipeAsync(await EvaluationsHost.DefaultRecipeAsync());
        return host;
    }
}
