using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Showcase.Abstractions.Security;
using Showcase.Core.Audit;

namespace Showcase.Core.Pages.Admin.Audit;

/// <summary>
/// The audit log for auditors and administrators: filter by person, action, object and days; page through it;
/// export what the filter shows as CSV (UTF-8 with a byte order mark, so that spreadsheet programs read Chinese).
/// </summary>
[Authorize(Policy = nameof(CorePermissions.ViewAuditLog))]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AuditLogModel(AuditLog log, AuditText text) : PageModel
{
    public const int PageSize = 50;

    /// <summary>An export stops here; a narrower filter gets the rest.</summary>
    public const int ExportLimit = 100_000;

    [FromQuery(Name = "actor")]
    public string? Actor { get; set; }

    [FromQuery(Name = "action")]
    public string? ActionName { get; set; }

    [FromQuery(Name = "target")]
    public string? Target { get; set; }

    [FromQuery(Name = "from")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "to")]
    public DateOnly? To { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Result { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<string> Actions { get; private set; } = [];

    public AuditText Text => text;

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Actor) || !string.IsNullOrWhiteSpace(ActionName) || !string.IsNullOrWhiteSpace(Target) || From is not null || To is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Actions = await log.ActionsAsync(cancellationToken);
        Result = await log.PageAsync(Query(), PageSize, cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var csv = new StringBuilder();
        csv.Append('\uFEFF');
        Row(csv, "time (UTC+8)", "actor", "action", "action name", "object", "details");
        await foreach (var entry in log.ExportAsync(Query(), ExportLimit, cancellationToken))
        {
            Row(csv, Time(entry.AtUtc), entry.Actor, text.Action(entry.Action), entry.Action, entry.Target, entry.Details);
        }

        var name = $"audit-log-{DateTimeOffset.UtcNow.ToOffset(AuditQuery.Offset):yyyyMMdd-HHmm}.csv";
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", name);
    }

    public static string Time(DateTimeOffset at) => at.ToOffset(AuditQuery.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public string PageUrl(int page) => BuildUrl(page, csv: false);

    public string CsvUrl => BuildUrl(1, csv: true);

    private string BuildUrl(int page, bool csv)
    {
        var query = new List<string>();
        Add(query, "actor", Actor);
        Add(query, "action", ActionName);
        Add(query, "target", Target);
        Add(query, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (page > 1)
        {
            query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        if (csv)
        {
            query.Add("handler=Csv");
        }

        return query.Count == 0 ? "/admin/audit" : "/admin/audit?" + string.Join('&', query);
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
        }
    }

    private AuditQuery Query() => new(Actor, ActionName, Target, From, To, PageNumber);

    private static void Row(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    /// <summary>RFC 4180 quoting; a cell a spreadsheet would run as a formula starts with an apostrophe.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
