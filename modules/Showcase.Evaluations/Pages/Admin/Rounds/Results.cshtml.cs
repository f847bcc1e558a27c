using System.Text;
using Microsoft.AspNetCore.Mvc;
using Showcase.Evaluations.Services;
using Showcase.Scoring;
using Showcase.Scoring.Statistics;

namespace Showcase.Evaluations.Pages.Admin.Rounds;

/// <summary>
/// <c>/admin/rounds/{code}/results</c>: live (provisional until the public notice) standings of the round and of each
/// stage from Showcase.Scoring, rank intervals, judge diagnostics and progress per judge and per entry.
/// </summary>
public sealed class ResultsModel(ResultsService results) : RoundPageModel
{
    public override string Tab => "results";

    public PanelDiagnostics? Diagnostics { get; private set; }

    public RankUncertainty? Intervals { get; private set; }

    protected override async Task LoadPageAsync(CancellationToken cancellationToken)
    {
        if (Live.Standings.Entries.IsEmpty)
        {
            return;
        }

        Diagnostics = await results.DiagnosticsAsync(Code, cancellationToken);
        Intervals = await results.IntervalsAsync(Code, cancellationToken);
    }

    /// <summary><c>?handler=workbook</c>: the Excel workbook (standings, a score sheet per stage, diagnostics).</summary>
    public Task<IActionResult> OnGetWorkbookAsync(CancellationToken cancellationToken) =>
        DownloadAsync(
            () => Service<ResultsSheets>().WorkbookAsync(Code, cancellationToken),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
            cancellationToken);

    /// <summary><c>?handler=csv</c>: the round's standings as CSV.</summary>
    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        DownloadAsync(() => Service<ResultsSheets>().StandingsCsvAsync(Code, cancellationToken), "text/csv; charset=utf-8", "csv", cancellationToken);

    /// <summary><c>?handler=json</c>: the results export of SCORING.md as stored now, which <c>verify</c> recomputes.</summary>
    public Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken) =>
        DownloadAsync(
            async () => Encoding.UTF8.GetBytes((await results.ExportAsync(Code, cancellationToken)).Json),
            "application/json",
            "json",
            cancellationToken);

    private async Task<IActionResult> DownloadAsync(Func<Task<byte[]>> content, string contentType, string extension, CancellationToken cancellationToken)
    {
        if (!await LoadRoundAsync(cancellationToken))
        {
            return NotFound();
        }

        return File(await content(), contentType, $"{Code}-results-r{Live.Revision}.{extension}");
    }

    public string EntryTitle(string code) => Snapshot.Entry(code)?.Title ?? "";

    public string StageTitle(string? key) => key is null ? "" : Snapshot.Stage(key)?.Title ?? key;

    public static string StatusName(StandingStatus status) => status.ToExportName();
}
