using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Models;
using Showcase.Organizations.Services;

namespace Showcase.Evaluations.Notice;

/// <summary>
/// Reads what rounds have published for the public pages: the list of published (and live) rounds, a round's public
/// notice, and the exact results export it published. Nothing before PUBLIC_NOTICE is ever public here. Scoped.
/// </summary>
public sealed class PublicNoticeReader(EvaluationsDbContext db, IOrganizationDirectory organizations)
{
    /// <returns>published rounds and rounds with their big screen on, newest year first.</returns>
    public async Task<IReadOnlyList<PublishedRound>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rounds = await db.Rounds.AsNoTracking()
            .Where(r => r.State == RoundState.PublicNotice || r.State == RoundState.Final || r.LiveDisplay)
            .ToListAsync(cancellationToken);
        var ids = rounds.Select(r => r.Id).ToList();
        var published = (await db.Results.AsNoTracking().Where(p => ids.Contains(p.RoundId)).Select(p => new { p.RoundId, p.Id, p.PublishedUtc }).ToListAsync(cancellationToken))
            .GroupBy(p => p.RoundId)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.Id)!.PublishedUtc);
        return [.. rounds
            .Select(r => new PublishedRound(r.Code, r.Title, r.Year, r.State, r.LiveDisplay, published.TryGetValue(r.Id, out var at) ? at : null))
            .Where(r => r.IsPublished || r.IsLive)
            .OrderByDescending(r => r.Year).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    /// <returns>null unless the round is in PUBLIC_NOTICE or FINAL and has published its results.</returns>
    public async Task<PublicNotice?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        if (await PublishedAsync(code, cancellationToken) is not ({ } round, { } published))
        {
            return null;
        }

        var export = JsonNode.Parse(published.ExportJson)!.AsObject();
        var entries = await db.Entries.AsNoTracking().Where(e => e.RoundId == round.Id).ToListAsync(cancellationToken);
        var byCode = entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
        var tree = await organizations.GetTreeAsync(cancellationToken);
        var lines = export["results"]!.AsArray().Select(node =>
        {
            var r = node!.AsObject();
            var code = (string)r["entry"]!;
            var entry = byCode.GetValueOrDefault(code);
            return new NoticeLine(
                code,
                (string)r["status"]!,
                (string)r["score"]!,
                (int)r["rank"]!,
                (int)r["position"]!,
                (bool)r["tied"]!,
                (string)r["grade"]!,
                (bool)r["boundaryTie"]!,
                (int)r["judgeCount"]!,
                (string?)r["stageReached"] ?? "",
                entry?.Title ?? code,
                entry?.BrandCode ?? "",
                entry is null ? "" : tree.Find(entry.CommunityCode)?.Name ?? entry.CommunityCode,
                entry is null ? "" : tree.Find(entry.DistrictCode)?.Name ?? entry.DistrictCode);
        }).OrderBy(l => l.Position).ToList();

        var stages = export["stages"]!.AsArray().Select(s => ((string)s!["key"]!, (string)s["title"]!)).ToList();
        var roundBands = export["round"]!["bands"]!.AsArray();
        var bands = (roundBands.Count > 0 ? roundBands : export["stages"]!.AsArray()[^1]!["bands"]!.AsArray())
            .Select(b => new NoticeBand((string)b!["grade"]!, (int?)b["topRanks"], (string?)b["minScore"] ?? ""))
            .ToList();
        var decisions = export["decisions"]!.AsArray()
            .Select(d => new NoticeDecision([.. d!["order"]!.AsArray().Select(e => (string)e!)], (string)d["reason"]!))
            .ToList();

        var noticeFrom = round.PublicNoticeUtc ?? await db.Transitions.AsNoTracking()
            .Where(t => t.RoundId == round.Id && t.To == RoundState.PublicNotice)
            .OrderByDescending(t => t.Id).Select(t => (DateTimeOffset?)t.AtUtc).FirstOrDefaultAsync(cancellationToken);
        var noticeUntil = noticeFrom is { } from && round.NoticeDays is { } days ? from.AddDays(days) : (DateTimeOffset?)null;
        var open = await db.Objections.CountAsync(o => o.RoundId == round.Id && o.State == ObjectionState.Open, cancellationToken);
        return new PublicNotice(
            round.Code,
            round.Title,
            round.Year,
            round.State,
            round.IsIllustrative,
            round.LiveDisplay,
            stages,
            published.PublishedUtc,
            noticeFrom,
            noticeUntil,
            round.State == RoundState.Final ? published.PublishedUtc : null,
            published.Digest,
            published.LedgerSequence,
            published.LedgerHash,
            lines,
            bands,
            decisions,
            open);
    }

    /// <summary>The results export exactly as the round published it (what <c>verify</c> recomputes), or null.</summary>
    public async Task<string?> ExportJsonAsync(string code, CancellationToken cancellationToken = default) =>
        await PublishedAsync(code, cancellationToken) is (_, { } published) ? published.ExportJson : null;

    private async Task<(Round Round, PublishedResults Published)?> PublishedAsync(string code, CancellationToken cancellationToken)
    {
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, cancellationToken);
        if (round is null || round.State is not (RoundState.PublicNotice or RoundState.Final))
        {
            return null;
        }

        // The latest publication: entering FINAL publishes again, and a reopened round publishes anew when it comes back.
        var latestId = await db.Results.AsNoTracking().Where(p => p.RoundId == round.Id).MaxAsync(p => (int?)p.Id, cancellationToken);
        var published = latestId is null ? null : await db.Results.AsNoTracking().SingleAsync(p => p.Id == latestId, cancellationToken);
        return published is null ? null : (round, published);
    }
}
