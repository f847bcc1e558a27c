using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Evaluations.Events;
using Showcase.Evaluations.Models;
using Showcase.Scoring.Export;
using Showcase.Scoring.Ledger;
using Showcase.Scoring.Statistics;

namespace Showcase.Evaluations.Services;

/// <summary>
/// Results from Showcase.Scoring: live standings (through <see cref="IStandingsReader"/>), judge diagnostics, rank
/// intervals, the results export, and what a round publishes when it enters PUBLIC_NOTICE or FINAL.
/// </summary>
public sealed class ResultsService(IUnitOfWork work, RoundStore store, IStandingsReader standings)
{
    /// <summary>The live results (provisional before PUBLIC_NOTICE).</summary>
    /// <exception cref="EvaluationRefusedException">ROUND_NOT_FOUND.</exception>
    public async Task<RoundResults> GetAsync(string roundCode, CancellationToken cancellationToken = default) =>
        await standings.GetAsync(roundCode, cancellationToken)
        ?? throw new EvaluationRefusedException(RefusalReasons.RoundNotFound, $"There is no round '{roundCode}'.");

    /// <summary>Per judge and stage: count, mean, spread, leniency, Spearman, flags; per stage Kendall's W and ICC(2,k).</summary>
    public async Task<PanelDiagnostics> DiagnosticsAsync(string roundCode, CancellationToken cancellationToken = default) =>
        PanelDiagnostics.Compute((await GetAsync(roundCode, cancellationToken)).Tally);

    /// <summary>Bootstrap rank intervals, seeded with the digest of the round's current export.</summary>
    public async Task<RankUncertainty> IntervalsAsync(string roundCode, CancellationToken cancellationToken = default)
    {
        var results = await GetAsync(roundCode, cancellationToken);
        var ledger = await store.LedgerAsync(results.Snapshot.Round.Id, cancellationToken);
        var digest = ResultsExport.Digest(ResultsExport.Create(results.Tally, ledger));
        return RankBootstrap.Compute(results.Tally, digest);
    }

    /// <summary>The results export of the round as stored now (what <c>verify</c> recomputes), with its digest.</summary>
    public async Task<ResultsExportFile> ExportAsync(string roundCode, CancellationToken cancellationToken = default)
    {
        var round = await store.FindAsync(roundCode, cancellationToken)
            ?? throw new EvaluationRefusedException(RefusalReasons.RoundNotFound, $"There is no round '{roundCode}'.");
        return await ExportCoreAsync(round, cancellationToken);
    }

    /// <summary>The results the round last published (PUBLIC_NOTICE or FINAL), or null.</summary>
    public async Task<PublishedResults?> PublishedAsync(string roundCode, CancellationToken cancellationToken = default)
    {
        var round = await store.FindAsync(roundCode, cancellationToken);
        return round is null
            ? null
            : (await store.Db.Results.AsNoTracking().Where(r => r.RoundId == round.Id).ToListAsync(cancellationToken)).MaxBy(r => r.Id);
    }

    /// <summary>Re-checks the stored ledger chain; names the first broken event.</summary>
    public async Task<LedgerVerification> VerifyLedgerAsync(string roundCode, CancellationToken cancellationToken = default)
    {
        var round = await store.FindAsync(roundCode, cancellationToken)
            ?? throw new EvaluationRefusedException(RefusalReasons.RoundNotFound, $"There is no round '{roundCode}'.");
        var records = await store.LedgerAsync(round.Id, cancellationToken);
        return ScoreLedger.Verify(records, new LedgerHead(round.LedgerSequence, round.LedgerHash));
    }

    internal async Task<ResultsExportFile> ExportCoreAsync(Round round, CancellationToken cancellationToken)
    {
        var snapshot = await store.SnapshotAsync(round, cancellationToken);
        var tally = await store.TallyAsync(snapshot, cancellationToken);
        var ledger = await store.LedgerAsync(round.Id, cancellationToken);
        var export = ResultsExport.Create(tally, ledger, snapshot.Pseudonyms);
        var head = ledger.Count == 0 ? LedgerHead.Empty : new LedgerHead(ledger[^1].Sequence, ledger[^1].Hash);
        return new ResultsExportFile(round.Code, ResultsExport.ToJson(export), ResultsExport.Digest((JsonNode)export), head.Sequence, head.Hash);
    }

    /// <summary>Writes the round's results as published now (in the caller's transaction) and announces them after commit.</summary>
    internal async Task<PublishedResults> PublishCoreAsync(Round round, CancellationToken cancellationToken)
    {
        var file = await ExportCoreAsync(round, cancellationToken);
        var published = new PublishedResults
        {
            RoundId = round.Id,
            State = round.State,
            ExportJson = file.Json,
            Digest = file.Digest,
            LedgerSequence = file.LedgerSequence,
            LedgerHash = file.LedgerHash,
            PublishedUtc = store.Now,
        };
        store.Db.Results.Add(published);
        await store.Db.SaveChangesAsync(cancellationToken);
        work.Raise(new ResultsPublished(round.Code, round.State, file.Digest, file.LedgerSequence, file.LedgerHash));
        return published;
    }
}
