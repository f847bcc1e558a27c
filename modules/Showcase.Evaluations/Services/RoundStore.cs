using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Evaluations.Data;
using Showcase.Evaluations.Models;
using Showcase.Scoring;
using Showcase.Scoring.Ledger;

namespace Showcase.Evaluations.Services;

/// <summary>
/// Reading and locking rounds, and appending to their score ledger: the pieces every command of the module shares.
/// Scoped, on the scope's context; it never opens a transaction (the caller's unit of work does).
/// </summary>
public sealed class RoundStore(EvaluationsDbContext db, TimeProvider clock, StandingsCache standings)
{
    private static readonly ConcurrentDictionary<Type, (string Scores, string Definition)> LockStatements = new();

    internal EvaluationsDbContext Db => db;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>
    /// Takes the round for a change: raises its revision (which takes the row's write lock until the transaction ends,
    /// so that changes to one round, and its ledger, happen one at a time) and returns it tracked and fresh.
    /// </summary>
    /// <exception cref="EvaluationRefusedException">ROUND_NOT_FOUND.</exception>
    public Task<Round> LockAsync(string code, CancellationToken cancellationToken) => LockAsync(code, scoresOnly: false, cancellationToken);

    /// <summary>
    /// As <see cref="LockAsync(string, CancellationToken)"/> for a change to one judge's scorecard and nothing else: the
    /// round's <see cref="Round.DefinitionRevision"/> stays, so readers may carry their standings forward by the
    /// scorecards whose <see cref="JudgeScorecard.RoundRevision"/> is newer than theirs.
    /// </summary>
    public Task<Round> LockForScoresAsync(string code, CancellationToken cancellationToken) => LockAsync(code, scoresOnly: true, cancellationToken);

    private async Task<Round> LockAsync(string code, bool scoresOnly, CancellationToken cancellationToken)
    {
        var statements = LockStatements.GetOrAdd(db.GetType(), static (_, context) => WriteLockStatements(context), db);
        var updated = await db.Database.ExecuteSqlRawAsync(scoresOnly ? statements.Scores : statements.Definition, [code], cancellationToken);
        if (updated == 0)
        {
            throw new EvaluationRefusedException(RefusalReasons.RoundNotFound, $"There is no round '{code}'.");
        }

        // A round this context already tracks keeps its old values through a query, so it is read again; otherwise one query.
        var tracked = db.ChangeTracker.EntriesAsTracked<Round>().Any(e => e.Entity.Code == code);
        var round = await db.Rounds.SingleAsync(r => r.Code == code, cancellationToken);
        if (tracked)
        {
            await db.Entry(round).ReloadAsync(cancellationToken);
        }

        return round;
    }

    /// <summary>
    /// The lock's UPDATE statements for one context type (table and columns as its model and provider name them). Not
    /// EF Core's <c>ExecuteUpdate</c>: with a value computed from the row (<c>r => r.Revision + 1</c>), EF Core 10
    /// evaluated part of the setter through a compiled lambda on every call (a new dynamic method each time, seen in a
    /// trace of the Watch benchmark, with the finalizer busy releasing them); a test program measured that update at
    /// 0.4 ms a call against 0.16 ms with a constant value.
    /// </summary>
    private static (string Scores, string Definition) WriteLockStatements(EvaluationsDbContext context)
    {
        var rounds = StoreNames.Of<Round>(context);
        var revision = rounds.Column(nameof(Round.Revision));
        var update = $"UPDATE {rounds.Table} SET {revision} = {revision} + 1";
        var where = $" WHERE {rounds.Column(nameof(Round.Code))} = {{0}}";
        return (update + where, update + $", {rounds.Column(nameof(Round.DefinitionRevision))} = {revision} + 1" + where);
    }

    public Task<Round?> FindAsync(string code, CancellationToken cancellationToken) =>
        db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, cancellationToken);

    /// <summary>The round's definition as stored now (what this transaction has saved included).</summary>
    public async Task<RoundSnapshot> SnapshotAsync(Round round, CancellationToken cancellationToken)
    {
        var stages = await db.Stages.AsNoTracking().Where(s => s.RoundId == round.Id)
            .Include(s => s.Criteria).Include(s => s.Judges)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var stageIds = stages.Select(s => s.Id).ToList();
        var entries = await db.Entries.AsNoTracking().Where(e => e.RoundId == round.Id).ToListAsync(cancellationToken);
        var conflicts = await db.Conflicts.AsNoTracking().Where(c => c.RoundId == round.Id).ToListAsync(cancellationToken);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.RoundId == round.Id).ToListAsync(cancellationToken);
        var seats = await db.Seats.AsNoTracking().Where(s => stageIds.Contains(s.StageId)).ToListAsync(cancellationToken);
        return new RoundSnapshot(
            round,
            [.. stages.OrderBy(s => s.Position)],
            [.. entries.OrderBy(e => e.Code, StringComparer.Ordinal)],
            conflicts,
            decisions,
            seats);
    }

    /// <summary>The submitted scorecards that may count (not excluded), as Showcase.Scoring takes them; it decides which do.</summary>
    public async Task<List<Scorecard>> SubmittedScorecardsAsync(RoundSnapshot snapshot, CancellationToken cancellationToken)
    {
        var cards = await db.Scorecards.AsNoTracking()
            .Where(s => s.RoundId == snapshot.Round.Id && s.SubmittedJson != null && !s.IsExcluded)
            .ToListAsync(cancellationToken);
        return [.. cards.Where(c => snapshot.StageDefinition(c.StageKey) is not null).Select(c => snapshot.ToScorecard(c, c.SubmittedJson!))];
    }

    /// <summary>
    /// The round's definition for a change to scorecards only, under the round taken with <see cref="LockForScoresAsync"/>:
    /// the cached standings' definition when the round's definition revision is still theirs (nothing but scorecards
    /// changed since it was read), else read as <see cref="SnapshotAsync"/> does.
    /// </summary>
    public Task<RoundSnapshot> SnapshotForScoresAsync(Round round, CancellationToken cancellationToken) =>
        standings.TryGetLatest(round.Code, out var cached) && cached.Snapshot.Round.Id == round.Id && cached.Snapshot.Round.DefinitionRevision == round.DefinitionRevision
            ? Task.FromResult(cached.Snapshot.WithRound(round))
            : SnapshotAsync(round, cancellationToken);

    /// <summary>
    /// The tally as it stood before this change, for reading only: the cached standings' when they are of the revision just
    /// before the one <see cref="LockForScoresAsync"/> took (so nothing changed in between), else counted as <see cref="TallyAsync"/> does.
    /// </summary>
    public Task<RoundTally> TallyBeforeScoresAsync(Round round, RoundSnapshot snapshot, CancellationToken cancellationToken) =>
        standings.TryGetJustBefore(round, out var cached)
            ? Task.FromResult(cached.Tally)
            : TallyAsync(snapshot, cancellationToken);

    public async Task<RoundTally> TallyAsync(RoundSnapshot snapshot, CancellationToken cancellationToken) =>
        RoundTally.Create(snapshot.Definition, await SubmittedScorecardsAsync(snapshot, cancellationToken));

    public async Task<List<LedgerRecord>> LedgerAsync(int roundId, CancellationToken cancellationToken) =>
        await db.Ledger.AsNoTracking().Where(l => l.RoundId == roundId).OrderBy(l => l.Sequence)
            .Select(l => new LedgerRecord(l.Sequence, l.EventJson, l.Hash))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Appends one event to the round's ledger after its head and moves the head (saved with the caller's next save).
    /// The round must have been taken with <see cref="LockAsync"/> in this transaction.
    /// </summary>
    public LedgerRow AppendLedger(Round round, RoundSnapshot snapshot, LedgerEventKind kind, string stage, string judge, string entry, IReadOnlyDictionary<string, decimal>? scores, string? reason)
    {
        var ledgerEvent = new LedgerEvent(
            round.LedgerSequence + 1,
            kind,
            stage,
            snapshot.PseudonymOf(judge),
            entry,
            scores?.ToDictionary(p => p.Key, p => p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal),
            reason,
            Now);
        var record = ScoreLedger.Append(new LedgerHead(round.LedgerSequence, round.LedgerHash), ledgerEvent);
        var row = new LedgerRow { RoundId = round.Id, Sequence = record.Sequence, EventJson = record.EventJson, Hash = record.Hash };
        db.Ledger.Add(row);
        round.LedgerSequence = record.Sequence;
        round.LedgerHash = record.Hash;
        return row;
    }
}
