using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Showcase.Scoring;
using Showcase.Scoring.Statistics;

namespace Showcase.Evaluations.Services;

/// <summary>
/// The round's results for a spreadsheet: an Excel workbook (the round's standings, one score sheet per stage with
/// every counted scorecard criterion by criterion, the judges' diagnostics) and the standings as CSV. Figures are the
/// engine's, as the results page shows them; the JSON export stays the one that <c>verify</c> recomputes.
/// </summary>
public sealed class ResultsSheets(ResultsService results, RoundStore store, IStringLocalizer<EvaluationsAdminText> text)
{
    /// <summary>Excel's limit on a sheet name, and the characters it refuses in one.</summary>
    private const int SheetNameLength = 31;
    private static readonly char[] SheetNameRefused = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <exception cref="EvaluationRefusedException">ROUND_NOT_FOUND.</exception>
    public async Task<byte[]> WorkbookAsync(string roundCode, CancellationToken cancellationToken = default)
    {
        var live = await results.GetAsync(roundCode, cancellationToken);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        sheets[SheetName(text["Results.Round"], sheets)] = StandingRows(live);
        var cards = await store.SubmittedScorecardsAsync(live.Snapshot, cancellationToken);
        foreach (var stage in live.Snapshot.Definition.Stages)
        {
            sheets[SheetName(text["Results.ScoreSheet", stage.Title], sheets)] = ScoreRows(live, stage, cards);
        }

        if (!live.Standings.Entries.IsEmpty)
        {
            sheets[SheetName(text["Results.Diagnostics"], sheets)] = DiagnosticRows(live, PanelDiagnostics.Compute(live.Tally));
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    /// <summary>The round's standings as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese titles).</summary>
    /// <exception cref="EvaluationRefusedException">ROUND_NOT_FOUND.</exception>
    public async Task<byte[]> StandingsCsvAsync(string roundCode, CancellationToken cancellationToken = default)
    {
        var rows = StandingRows(await results.GetAsync(roundCode, cancellationToken));
        var csv = new StringBuilder();
        csv.AppendJoin(',', rows[0].Keys.Select(Quote)).Append("\r\n");
        foreach (var row in rows)
        {
            csv.AppendJoin(',', row.Values.Select(v => Quote(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private List<Dictionary<string, object?>> StandingRows(RoundResults live)
    {
        var rows = live.Standings.Entries.Select(s => new Dictionary<string, object?>
        {
            [text["Results.Position"]] = s.Position,
            [text["Results.Rank"]] = s.Rank == 0 ? null : s.Rank,
            [text["Results.Tied"]] = s.Tied ? text["Yes"].Value : "",
            [text["Field.Entry"]] = s.EntryCode,
            [text["Field.Title"]] = live.Snapshot.Entry(s.EntryCode)?.Title ?? "",
            [text["Field.State"]] = s.Status.ToExportName(),
            [text["Results.Score"]] = s.Score,
            [text["Results.Grade"]] = s.Grade,
            [text["Results.BoundaryTie"]] = s.BoundaryTie ? text["Yes"].Value : "",
            [text["Results.Judges"]] = s.JudgeCount,
            [text["Results.StageReached"]] = s.StageReached is { } key ? live.Snapshot.Stage(key)?.Title ?? key : "",
        }).ToList();
        return rows.Count > 0 ? rows : [HeaderOnly(StandingColumns())];
    }

    private string[] StandingColumns() =>
    [
        text["Results.Position"], text["Results.Rank"], text["Results.Tied"], text["Field.Entry"], text["Field.Title"], text["Field.State"],
        text["Results.Score"], text["Results.Grade"], text["Results.BoundaryTie"], text["Results.Judges"], text["Results.StageReached"],
    ];

    /// <summary>Every counted scorecard of the stage (its latest revision), a column per criterion and the total.</summary>
    private List<Dictionary<string, object?>> ScoreRows(RoundResults live, StageDefinition stage, IEnumerable<Scorecard> cards)
    {
        var counted = cards.Where(c => c.Stage == stage.Key)
            .GroupBy(c => (c.Judge, c.Entry))
            .Select(g => g.MaxBy(c => c.Revision)!)
            .OrderBy(c => c.Entry, StringComparer.Ordinal).ThenBy(c => c.Judge, StringComparer.Ordinal);
        var rows = new List<Dictionary<string, object?>>();
        foreach (var card in counted)
        {
            var row = new Dictionary<string, object?>
            {
                [text["Field.Entry"]] = card.Entry,
                [text["Field.Title"]] = live.Snapshot.Entry(card.Entry)?.Title ?? "",
                [text["Field.Judge"]] = card.Judge,
            };
            for (var i = 0; i < stage.Criteria.Count; i++)
            {
                row[CriterionColumn(stage.Criteria[i])] = card.Scores[i];
            }

            row[text["Results.Total"]] = card.Scores.Sum();
            rows.Add(row);
        }

        return rows.Count > 0
            ? rows
            : [HeaderOnly([text["Field.Entry"], text["Field.Title"], text["Field.Judge"], .. stage.Criteria.Select(CriterionColumn), text["Results.Total"]])];
    }

    private static string CriterionColumn(Criterion criterion) =>
        $"{criterion.Title} ({criterion.Max.ToString(CultureInfo.InvariantCulture)})";

    private List<Dictionary<string, object?>> DiagnosticRows(RoundResults live, PanelDiagnostics diagnostics) =>
        [.. diagnostics.Judges.Select(judge => new Dictionary<string, object?>
        {
            [text["Field.Stage"]] = live.Snapshot.Stage(judge.Stage)?.Title ?? judge.Stage,
            [text["Field.Judge"]] = judge.Judge,
            [text["Results.Count"]] = judge.Count,
            [text["Results.Mean"]] = judge.Mean,
            [text["Results.Spread"]] = judge.Spread,
            [text["Results.Leniency"]] = judge.Leniency,
            ["Spearman"] = judge.Spearman,
            [text["Results.Flags"]] = string.Join(" ", judge.Flags.Select(f => text["Results.Flag." + f].Value)),
        })];

    /// <summary>A sheet with its header row and no data: MiniExcel writes headers from the first row's keys.</summary>
    private static Dictionary<string, object?> HeaderOnly(IEnumerable<string> columns) => columns.ToDictionary(c => c, _ => (object?)null);

    private static string SheetName(string wanted, Dictionary<string, object> taken)
    {
        var name = new string([.. wanted.Select(c => SheetNameRefused.Contains(c) ? '_' : c)]);
        name = name.Length > SheetNameLength ? name[..SheetNameLength] : name;
        var unique = name;
        for (var n = 2; taken.ContainsKey(unique); n++)
        {
            var suffix = $" ({n})";
            unique = (name.Length + suffix.Length > SheetNameLength ? name[..(SheetNameLength - suffix.Length)] : name) + suffix;
        }

        return unique;
    }

    /// <summary>RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so that a spreadsheet never reads a formula.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
