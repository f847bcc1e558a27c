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

    public string EntryTitle(string code) => Snapshot.Entry(code)?.Title ?? "";

    public string StageTitle(string? key) => key is null ? "" : Snapshot.Stage(key)?.Title ?? key;

    public static string StatusName(StandingStatus status) => status.ToExportName();
}
