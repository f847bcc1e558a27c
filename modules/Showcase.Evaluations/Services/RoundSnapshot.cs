using Showcase.Evaluations.Models;
using Showcase.Scoring;
using Showcase.Scoring.Export;

namespace Showcase.Evaluations.Services;

/// <summary>
/// A round as stored, read once and never changed: its rows, and the <see cref="RoundDefinition"/> Showcase.Scoring
/// takes (accepted and withdrawn entries, every stage with its criteria and judges, conflicts, decisions, bands).
/// </summary>
public sealed class RoundSnapshot
{
    private readonly Dictionary<string, StageDefinition> _stages;
    private readonly Dictionary<string, Entry> _entries;
    private readonly HashSet<(string Judge, string Entry)> _conflicted;
    private readonly HashSet<(int StageId, string Judge, string Entry)> _seated;

    internal RoundSnapshot(Round round, IReadOnlyList<Stage> stages, IReadOnlyList<Entry> entries, IReadOnlyList<EntryConflict> conflicts, IReadOnlyList<RecordedDecision> decisions, IReadOnlyList<PanelSeat> seats)
    {
        Round = round;
        Stages = stages;
        Entries = entries;
        Conflicts = conflicts;
        Decisions = decisions;
        Seats = seats;
        Definition = new RoundDefinition(
            round.Code,
            round.Title,
            [.. stages.Select(ToDefinition)],
            [.. entries.Where(e => e.IsInRound).Select(e => new RoundEntry(e.Code, e.Status == EntryStatus.Withdrawn))])
        {
            Bands = BandsJson.Read(round.BandsJson),
            Conflicts = [.. conflicts.Select(c => new Conflict(c.Judge, c.EntryCode)).Distinct()],
            Decisions = [.. decisions.OrderBy(d => d.Band, StringComparer.Ordinal).Select(d => new BoundaryDecision(d.OrderList, d.Reason) { Band = d.Band })],
        };
        _stages = Definition.Stages.ToDictionary(s => s.Key, StringComparer.Ordinal);
        Pseudonyms = Definition.Stages.Count > 0 ? ResultsExport.DefaultPseudonyms(Definition) : new Dictionary<string, string>();
        _entries = entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _conflicted = [.. conflicts.Select(c => (c.Judge, c.EntryCode))];
        _seated = [.. seats.Select(s => (s.StageId, s.Judge, s.EntryCode))];
    }

    /// <summary>The same definition under a newer row of the round (a revision that changed only scorecards).</summary>
    private RoundSnapshot(RoundSnapshot definition, Round round)
    {
        Round = round;
        Stages = definition.Stages;
        Entries = definition.Entries;
        Conflicts = definition.Conflicts;
        Decisions = definition.Decisions;
        Seats = definition.Seats;
        Definition = definition.Definition;
        Pseudonyms = definition.Pseudonyms;
        _stages = definition._stages;
        _entries = definition._entries;
        _conflicted = definition._conflicted;
        _seated = definition._seated;
    }

    public Round Round { get; }

    /// <summary>In the order they run, each with its criteria in order and its judges.</summary>
    public IReadOnlyList<Stage> Stages { get; }

    /// <summary>Every entry, whatever its status.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    public IReadOnlyList<EntryConflict> Conflicts { get; }

    public IReadOnlyList<RecordedDecision> Decisions { get; }

    public IReadOnlyList<PanelSeat> Seats { get; }

    public RoundDefinition Definition { get; }

    /// <summary>Judge id → J01, J02, … as the export and the ledger name them.</summary>
    public IReadOnlyDictionary<string, string> Pseudonyms { get; }

    public StageDefinition? StageDefinition(string key) => _stages.GetValueOrDefault(key);

    public Stage? Stage(string key) => Stages.FirstOrDefault(s => s.Key == key);

    public Entry? Entry(string code) => _entries.GetValueOrDefault(code);

    public bool IsConflicted(string judge, string entryCode) => _conflicted.Contains((judge, entryCode));

    /// <summary>Whether the judge is to score the entry in the stage: listed for it, and seated there when the stage's panels are assigned.</summary>
    public bool IsAssigned(Stage stage, string judge, string entryCode) =>
        stage.Judges.Any(j => j.Judge == judge)
        && (stage.PanelMode == PanelMode.EveryJudge || _seated.Contains((stage.Id, judge, entryCode)));

    /// <summary>This snapshot's definition under <paramref name="round"/>, a newer row of the same round whose <see cref="Round.DefinitionRevision"/> is unchanged.</summary>
    internal RoundSnapshot WithRound(Round round) => new(this, round);

    public string PseudonymOf(string judge) => Pseudonyms.TryGetValue(judge, out var name) ? name : judge;

    /// <summary>The stored scores of a scorecard as Showcase.Scoring takes them (in the stage's criterion order).</summary>
    public Scorecard ToScorecard(JudgeScorecard card, string json) =>
        Scorecard.FromNamedScores(_stages[card.StageKey], card.Judge, card.EntryCode, ScoresJson.Read(json), card.Revision);

    private static StageDefinition ToDefinition(Stage stage) =>
        new(
            stage.Key,
            stage.Title,
            [.. stage.Criteria.OrderBy(c => c.Position).Select(c => new Criterion(c.Key, c.Title, c.Max, c.Weight, c.Step, c.TieBreak))],
            [.. stage.Judges.Select(j => j.Judge).Order(StringComparer.Ordinal)])
        {
            Method = stage.Method,
            Drop = stage.Drop,
            MinPanel = stage.MinPanel,
            Advance = stage.Advance,
            Weight = stage.Weight,
            Bands = BandsJson.Read(stage.BandsJson),
        };
}
