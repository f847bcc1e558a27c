using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Recipes;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Scoring;
using Showcase.Scoring.Ledger;

namespace Showcase.Evaluations.Recipes;

/// <summary>
/// The <c>rounds</c> step (RECIPES.md): rounds keyed by code with their stages, criteria, judges, bands, entries,
/// conflicts, scores, decisions, state and schedule. Everything that needs no database is checked first, with the JSON
/// path down to the criterion; the rest (a brand that is not published, a conflict the organisation tree implies, a
/// decision that orders no tie, FINAL with an unresolved boundary tie) while applying, and the recipe's transaction
/// undoes it all. A second run changes nothing; a later run brings the round to what the recipe says: the recipe's
/// scores are the round's scores (a score it no longer lists is withdrawn in the ledger).
/// </summary>
internal sealed class RoundsRecipeStep(
    RoundStore store,
    RoundAdministration rounds,
    ApplicationService applications,
    ConflictService conflicts,
    DecisionService decisions,
    ResultsService results)
    : RecipeStep<IReadOnlyList<RoundDefinitionModel>>
{
    public override string Name => "rounds";

    protected override IReadOnlyList<RoundDefinitionModel> Read(RecipeObject step)
    {
        var models = step.RequiredArray("rounds", ReadRound);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            if (!codes.TryAdd(model.Input.Code, model.Source.Path))
            {
                throw model.Source.Error("code", $"'{model.Input.Code}' appears twice in this step (first at {codes[model.Input.Code]})");
            }
        }

        return models;
    }

    protected override async Task<string> ApplyAsync(IReadOnlyList<RoundDefinitionModel> models, RecipeStepContext context, CancellationToken cancellationToken)
    {
        var actor = $"recipe:{context.RecipeName}";
        var lines = new List<string>();
        foreach (var model in models)
        {
            lines.Add(await ApplyRoundAsync(model, actor, cancellationToken));

            // A round's rows are written: they need not stay tracked, where every later save and lock of the command
            // would compare each of them with its snapshot again.
            await store.Db.SaveChangesAsync(cancellationToken);
            store.Db.ChangeTracker.Clear();
        }

        return $"{models.Count} rounds: {string.Join("; ", lines)}";
    }

    private async Task<string> ApplyRoundAsync(RoundDefinitionModel model, string actor, CancellationToken cancellationToken)
    {
        var source = model.Source;
        var round = await Refused(source, "stages", () => rounds.SaveDefinitionCoreAsync(actor, model.Input, anyState: true, cancellationToken));
        round = await store.LockAsync(round.Code, cancellationToken);
        var db = store.Db;
        var ledgerBefore = round.LedgerSequence;

        // Entries: added with the published brand version of now; a recipe entry is accepted (or withdrawn). The
        // conflicts the organisation tree implies are refreshed once, after the recipe's own conflicts, not per entry.
        // Only the stored entries whose status changes are tracked: an entry added is saved as it is entered, and each
        // save compares everything tracked, so keeping them all made loading a round's entries quadratic.
        var stored = await db.Entries.AsNoTracking().Where(e => e.RoundId == round.Id).ToDictionaryAsync(e => e.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var entry in model.Entries)
        {
            var status = entry.Withdrawn ? EntryStatus.Withdrawn : EntryStatus.Accepted;
            if (!stored.TryGetValue(entry.Code, out var row))
            {
                row = await Refused(entry.Source, "brand", () => applications.EnterCoreAsync(round, new Applicant(actor, "", AnyCommunity: true), entry.Brand, entry.Code, status, cancellationToken));
                db.Entry(row).State = EntityState.Detached;
                stored.Add(row.Code, row);
            }
            else if (row.BrandCode != entry.Brand)
            {
                throw entry.Source.Error("brand", $"entry '{entry.Code}' of round '{round.Code}' is stored for brand '{row.BrandCode}'; a recipe cannot change an entry's brand");
            }
            else if (row.Status != status)
            {
                db.Entries.Attach(row);
                row.Status = status;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var conflict in model.Conflicts)
        {
            await conflicts.RecordCoreAsync(round, conflict.Judge, conflict.Entry, ConflictSource.Added, conflict.Reason, actor, cancellationToken);
        }

        await conflicts.RefreshImpliedCoreAsync(round, actor, cancellationToken);
        var snapshot = await store.SnapshotAsync(round, cancellationToken);
        var (added, amended, withdrawn) = await ApplyScoresAsync(model, round, snapshot, actor, cancellationToken);

        // Decisions: the recipe's are the round's.
        var keep = model.Decisions.Select(d => d.Band).ToHashSet(StringComparer.Ordinal);
        db.Decisions.RemoveRange(await db.Decisions.Where(d => d.RoundId == round.Id && !keep.Contains(d.Band)).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var decision in model.Decisions)
        {
            await Refused(decision.Source, null, async () =>
            {
                await decisions.RecordCoreAsync(round, decision.Band, decision.Order, decision.Reason, actor, cancellationToken);
                return true;
            });
        }

        var state = await ApplyStateAsync(model, round, actor, ledgerBefore, cancellationToken);
        if (model.Schedule is { } schedule)
        {
            await Refused(source, "schedule", async () =>
            {
                await rounds.SetScheduleCoreAsync(actor, round, schedule, cancellationToken);
                return true;
            });
        }

        return $"{round.Code} {state.ToName()}, {stored.Count} entries, scores {added} added, {amended} amended, {withdrawn} withdrawn";
    }

    private async Task<(int Added, int Amended, int Withdrawn)> ApplyScoresAsync(RoundDefinitionModel model, Round round, RoundSnapshot snapshot, string actor, CancellationToken cancellationToken)
    {
        // Conflicts now include those the organisation tree implies: a score from a conflicted judge is an error.
        foreach (var score in model.Scores)
        {
            if (snapshot.Conflicts.FirstOrDefault(c => c.Judge == score.Judge && c.EntryCode == score.Entry) is { } conflict)
            {
                throw score.Source.Error("judge", $"'{score.Judge}' has a conflict with entry '{score.Entry}' ({conflict.Source.ToString().ToLowerInvariant()}: {conflict.Reason}); a conflicted judge's score is not allowed");
            }
        }

        var db = store.Db;
        var cards = await db.Scorecards.Where(c => c.RoundId == round.Id).ToDictionaryAsync(c => (c.StageKey, c.EntryCode, c.Judge), cancellationToken);
        int added = 0, amended = 0, withdrawn = 0;
        var order = snapshot.Stages.Select((s, i) => (s.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var listed = new HashSet<(string, string, string)>();
        foreach (var score in model.Scores.OrderBy(s => order[s.Stage]).ThenBy(s => s.Entry, StringComparer.Ordinal).ThenBy(s => s.Judge, StringComparer.Ordinal))
        {
            if (!cards.TryGetValue((score.Stage, score.Entry, score.Judge), out var card))
            {
                card = new JudgeScorecard { RoundId = round.Id, StageKey = score.Stage, EntryCode = score.Entry, Judge = score.Judge, UpdatedUtc = store.Now };
                db.Scorecards.Add(card);
                cards.Add((card.StageKey, card.EntryCode, card.Judge), card);
            }

            var criteria = snapshot.StageDefinition(score.Stage)!.Criteria;
            var ordered = criteria.Select(c => KeyValuePair.Create(c.Key, score.Criteria[c.Key])).ToList();
            if (!score.Submitted)
            {
                card.DraftJson = ScoresJson.Write(ordered);
                card.Comment = score.Comment;
                continue;
            }

            listed.Add((score.Stage, score.Entry, score.Judge));
            if (card.SubmittedJson is not null && !card.IsExcluded && ScoresJson.SameScores(ScoresJson.Read(card.SubmittedJson), score.Criteria) && card.Comment == score.Comment)
            {
                continue;
            }

            var kind = card.SubmittedJson is null ? LedgerEventKind.Submit : LedgerEventKind.Amend;
            card.Revision++;
            card.RoundRevision = round.Revision;
            card.SubmittedJson = ScoresJson.Write(ordered);
            card.Comment = score.Comment;
            card.IsExcluded = false;
            card.SubmittedUtc = store.Now;
            card.UpdatedUtc = store.Now;
            store.AppendLedger(round, snapshot, kind, score.Stage, score.Judge, score.Entry, ordered.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), null);
            if (kind == LedgerEventKind.Submit)
            {
                added++;
            }
            else
            {
                amended++;
            }
        }

        foreach (var card in cards.Values.Where(c => c.SubmittedJson is not null && !c.IsExcluded && !listed.Contains((c.StageKey, c.EntryCode, c.Judge)))
                     .OrderBy(c => c.StageKey, StringComparer.Ordinal).ThenBy(c => c.EntryCode, StringComparer.Ordinal).ThenBy(c => c.Judge, StringComparer.Ordinal).ToList())
        {
            card.SubmittedJson = null;
            card.RoundRevision = round.Revision;
            card.UpdatedUtc = store.Now;
            store.AppendLedger(round, snapshot, LedgerEventKind.Withdraw, card.StageKey, card.Judge, card.EntryCode, null, "no longer in the recipe");
            withdrawn++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (added, amended, withdrawn);
    }

    private async Task<RoundState> ApplyStateAsync(RoundDefinitionModel model, Round round, string actor, long ledgerBefore, CancellationToken cancellationToken)
    {
        var target = model.State;
        var reason = "set by recipe";
        if (target > round.State)
        {
            foreach (var state in RoundLifecycle.PathTo(round.State, target))
            {
                var stage = state == RoundState.Scoring ? ScoringStage(model) : null;
                await Refused(model.Source, "state", async () =>
                {
                    await rounds.TransitionCoreAsync(round, state, stage, actor, reason, cancellationToken);
                    return true;
                });
            }

            return target;
        }

        if (target < round.State)
        {
            // Back to an earlier state: recorded like any move, without publishing.
            var from = round.State;
            round.State = target;
            round.OpenStage = target == RoundState.Scoring ? ScoringStage(model) : null;
            store.Db.Transitions.Add(new RoundTransition { RoundId = round.Id, From = from, To = target, Stage = round.OpenStage, Reason = reason, Actor = actor, AtUtc = store.Now });
            await store.Db.SaveChangesAsync(cancellationToken);
            return target;
        }

        if (target == RoundState.Final && await rounds.FinalBlockerAsync(round, cancellationToken) is { } blocker)
        {
            throw model.Source.Error("state", blocker.Message);
        }

        if (target is RoundState.PublicNotice or RoundState.Final
            && (round.LedgerSequence != ledgerBefore || (await results.PublishedAsync(round.Code, cancellationToken))?.Digest != (await results.ExportCoreAsync(round, cancellationToken)).Digest))
        {
            await results.PublishCoreAsync(round, cancellationToken);
        }

        return target;
    }

    /// <summary>The stage open in a SCORING round: the last stage the recipe has scores for, or the first.</summary>
    private static string ScoringStage(RoundDefinitionModel model)
    {
        var keys = model.Input.Stages.Select(s => s.Key).ToList();
        return model.Scores.Select(s => keys.IndexOf(s.Stage)).DefaultIfEmpty(0).Max() is var last and >= 0 ? keys[last] : keys[0];
    }

    private static async Task<T> Refused<T>(RecipeObject source, string? property, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (EvaluationRefusedException e)
        {
            throw property is null ? source.Error($"{e.Reason}: {e.Message}") : source.Error(property, $"{e.Reason}: {e.Message}");
        }
    }

    private static RoundDefinitionModel ReadRound(RecipeObject round)
    {
        var code = round.RequiredString("code", 64).Trim();
        var title = round.RequiredString("title", 200).Trim();
        var year = round.RequiredInt("year");
        var state = round.OptionalEnum<RoundState>("state") ?? RoundState.Draft;
        var liveDisplay = round.OptionalBool("liveDisplay") ?? false;
        var illustrative = round.OptionalBool("illustrative") ?? false;
        var stages = round.RequiredArray("stages", ReadStage);
        var bands = round.OptionalArray("bands", ReadBand);
        var input = new RoundInput(code, title, year, [.. stages.Select(s => s.Input)]) { LiveDisplay = liveDisplay, Bands = bands, IsIllustrative = illustrative };
        if (stages.Count == 0)
        {
            throw round.Error("stages", "a round needs at least one stage");
        }

        var stageKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (stage, source) in stages)
        {
            if (!stageKeys.TryAdd(stage.Key, source.Path))
            {
                throw source.Error("key", $"'{stage.Key}' appears twice in this round (first at {stageKeys[stage.Key]})");
            }
        }

        try
        {
            input.Check();
        }
        catch (EvaluationRefusedException e)
        {
            throw round.Error("stages", e.Message);
        }

        var entries = round.OptionalArray("entries", e => new EntryModel(e, e.RequiredString("code", 64).Trim(), e.RequiredString("brand", 64).Trim(), e.OptionalBool("withdrawn") ?? false));
        CheckUnique(entries, e => e.Code, e => e.Source, "code");
        CheckUnique(entries, e => e.Brand, e => e.Source, "brand");
        var entryCodes = entries.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var judges = stages.SelectMany(s => s.Input.Judges).ToHashSet(StringComparer.Ordinal);

        var conflicts = round.OptionalArray("conflicts", c => new ConflictModel(c, c.RequiredString("judge", 256).Trim(), c.RequiredString("entry", 64).Trim(), c.OptionalString("reason", 1000)?.Trim() is { Length: > 0 } r ? r : "listed in the recipe"));
        foreach (var conflict in conflicts)
        {
            if (!entryCodes.Contains(conflict.Entry))
            {
                throw conflict.Source.Error("entry", $"'{conflict.Entry}' is not an entry of round '{code}'");
            }

            if (!judges.Contains(conflict.Judge))
            {
                throw conflict.Source.Error("judge", $"'{conflict.Judge}' is not a judge of any stage of round '{code}'");
            }
        }

        var scores = round.OptionalArray("scores", s => new ScoreModel(
            s,
            s.RequiredString("stage", 64),
            s.RequiredString("judge", 256),
            s.RequiredString("entry", 64),
            s.RequiredNumberMap("criteria").ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            s.OptionalString("comment", 4000) ?? "",
            s.OptionalBool("submitted") ?? true));
        CheckScores(code, input, entries, conflicts, scores);

        var effectiveBands = bands.Count > 0 ? bands : stages[^1].Input.Bands;
        var decisions = round.OptionalArray("decisions", d => new DecisionModel(d, d.RequiredString("band", 64), d.RequiredStrings("order"), d.RequiredString("reason", 2000)));
        CheckUnique(decisions, d => d.Band, d => d.Source, "band");
        foreach (var decision in decisions)
        {
            if (!effectiveBands.Any(b => b.Grade == decision.Band && b.TopRanks is not null))
            {
                throw decision.Source.Error("band", $"'{decision.Band}' is not a topRanks band of round '{code}' (bands: {string.Join(", ", effectiveBands.Select(b => b.Grade))})");
            }

            foreach (var (entry, i) in decision.Order.Select((e, i) => (e, i)))
            {
                if (!entryCodes.Contains(entry))
                {
                    throw new RecipeException($"{decision.Source.PathOf("order")}[{i}]", $"'{entry}' is not an entry of round '{code}'");
                }
            }
        }

        var schedule = round.OptionalObject("schedule", s => new RoundSchedule(
            s.OptionalTime("applicationsOpen"), s.OptionalTime("scoringOpen"), s.OptionalTime("scoringClose"), s.OptionalTime("publicNotice"), s.OptionalInt("noticeDays")));
        if (schedule?.Problem() is { } problem)
        {
            throw new RecipeException($"{round.PathOf("schedule")}.{problem.Field}", problem.Message);
        }

        return new RoundDefinitionModel(round, input, state, entries, conflicts, scores, decisions, schedule);
    }

    private static (StageInput Input, RecipeObject Source) ReadStage(RecipeObject stage)
    {
        var key = stage.RequiredString("key", 64).Trim();
        var title = stage.RequiredString("title", 200).Trim();
        var methodName = stage.OptionalString("method") ?? "trimmed-mean";
        if (!AggregationMethodNames.TryParse(methodName, out var method))
        {
            throw stage.Error("method", $"'{methodName}' is not one of trimmed-mean, mean, median, z-score");
        }

        var drop = stage.OptionalInt("drop") ?? 1;
        if (drop < 0)
        {
            throw stage.Error("drop", $"{drop} is below zero");
        }

        var minPanel = stage.OptionalInt("minPanel");
        if (minPanel is < 1)
        {
            throw stage.Error("minPanel", $"{minPanel} is below 1");
        }

        var advance = stage.OptionalInt("advance");
        if (advance is < 1)
        {
            throw stage.Error("advance", $"{advance} is below 1");
        }

        var weight = stage.OptionalDecimal("weight");
        if (weight is < 0)
        {
            throw stage.Error("weight", $"{weight.Value.ToString(CultureInfo.InvariantCulture)} is below zero");
        }

        var criteria = stage.RequiredArray("criteria", c =>
        {
            var max = c.RequiredDecimal("max");
            var criterionWeight = c.OptionalDecimal("weight") ?? 1m;
            var step = c.OptionalDecimal("step") ?? 0.5m;
            if (max <= 0)
            {
                throw c.Error("max", $"{max.ToString(CultureInfo.InvariantCulture)} is not above zero");
            }

            if (criterionWeight <= 0)
            {
                throw c.Error("weight", $"{criterionWeight.ToString(CultureInfo.InvariantCulture)} is not above zero");
            }

            if (step <= 0)
            {
                throw c.Error("step", $"{step.ToString(CultureInfo.InvariantCulture)} is not above zero");
            }

            var tieBreak = c.OptionalInt("tieBreak");
            if (tieBreak is < 1)
            {
                throw c.Error("tieBreak", $"{tieBreak} is below 1 (1 = the first tie-break)");
            }

            return (Criterion: new CriterionInput(c.RequiredString("key", 64).Trim(), c.RequiredString("title", 200).Trim(), max, criterionWeight, step, tieBreak, c.OptionalString("description", 2000)?.Trim() ?? ""), Source: c);
        });
        if (criteria.Count == 0)
        {
            throw stage.Error("criteria", "a stage needs at least one criterion");
        }

        CheckUnique(criteria, c => c.Criterion.Key, c => c.Source, "key");
        var judges = stage.OptionalStrings("judges").Select(j => j.Trim()).ToList();
        var duplicate = judges.GroupBy(j => j, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw stage.Error("judges", $"'{duplicate.Key}' is listed twice");
        }

        var input = new StageInput(key, title, [.. criteria.Select(c => c.Criterion)], judges)
        {
            Method = method,
            Drop = drop,
            MinPanel = minPanel,
            Advance = advance,
            Weight = weight,
            Bands = stage.OptionalArray("bands", ReadBand),
        };
        return (input, stage);
    }

    private static Band ReadBand(RecipeObject band)
    {
        var grade = band.RequiredString("grade", 64).Trim();
        var top = band.OptionalInt("topRanks");
        if (top is < 1)
        {
            throw band.Error("topRanks", $"{top} is below 1");
        }

        return new Band(grade, top, band.OptionalDecimal("minScore"));
    }

    /// <summary>
    /// Every score checked by Showcase.Scoring's rules (stage, entry, judge listed, explicit conflicts, each criterion's
    /// range and step), the error naming the criterion's JSON path; and one score per judge, entry and stage.
    /// </summary>
    private static void CheckScores(string code, RoundInput input, IReadOnlyList<EntryModel> entries, IReadOnlyList<ConflictModel> conflicts, IReadOnlyList<ScoreModel> scores)
    {
        var definition = new RoundDefinition(code, input.Title, [.. input.Stages.Select(s => new StageDefinition(
            s.Key, s.Title, [.. s.Criteria.Select(c => new Criterion(c.Key, c.Title, c.Max, c.Weight, c.Step, c.TieBreak))], s.Judges)
        {
            Method = s.Method, Drop = s.Drop, MinPanel = s.MinPanel, Advance = s.Advance, Weight = s.Weight, Bands = s.Bands,
        })], [.. entries.Select(e => new RoundEntry(e.Code, e.Withdrawn))])
        {
            Conflicts = [.. conflicts.Select(c => new Conflict(c.Judge, c.Entry))],
        };
        var seen = new Dictionary<(string, string, string, bool), string>();
        foreach (var score in scores)
        {
            var source = score.Source;
            if (!seen.TryAdd((score.Stage, score.Judge, score.Entry, score.Submitted), source.Path))
            {
                throw source.Error($"a second score for judge '{score.Judge}', entry '{score.Entry}' and stage '{score.Stage}' (first at {seen[(score.Stage, score.Judge, score.Entry, score.Submitted)]}); one judge scores one entry once per stage");
            }

            var stage = definition.Stages.FirstOrDefault(s => s.Key == score.Stage)
                ?? throw source.Error("stage", $"'{score.Stage}' is not a stage of round '{code}' (stages: {string.Join(", ", definition.Stages.Select(s => s.Key))})");
            try
            {
                ScorecardRules.Check(definition, Scorecard.FromNamedScores(stage, score.Judge, score.Entry, score.Criteria));
            }
            catch (ScorecardRejectedException e)
            {
                throw Error(source, stage, e, conflicts);
            }
        }
    }

    private static RecipeException Error(RecipeObject score, StageDefinition stage, ScorecardRejectedException e, IReadOnlyList<ConflictModel> conflicts)
    {
        var criterion = stage.Criteria.FirstOrDefault(c => c.Key == e.Criterion);
        var criteriaPath = score.PathOf("criteria");
        string At(string key) => System.Text.RegularExpressions.Regex.IsMatch(key, "^[A-Za-z_][A-Za-z0-9_]*$") ? $"{criteriaPath}.{key}" : $"{criteriaPath}['{key}']";
        return e.Problem switch
        {
            ScorecardProblem.UnknownEntry => score.Error("entry", $"'{e.Value}' is not an entry of the round"),
            ScorecardProblem.WithdrawnEntry => score.Error("entry", $"'{e.Value}' is withdrawn: a withdrawn entry has no scores"),
            ScorecardProblem.JudgeNotOnStage => score.Error("judge", $"'{e.Value}' is not listed for stage '{stage.Key}' (judges: {string.Join(", ", stage.Judges)})"),
            ScorecardProblem.UnknownJudge => score.Error("judge", $"'{e.Value}' is not listed for stage '{stage.Key}' nor for any other stage of the round (judges of the stage: {string.Join(", ", stage.Judges)})"),
            ScorecardProblem.ConflictedJudge => score.Error("judge", $"'{e.Judge}' has a conflict with entry '{e.Entry}' ({conflicts.First(c => c.Judge == e.Judge && c.Entry == e.Entry).Source.Path}); a conflicted judge's score is not allowed"),
            ScorecardProblem.MissingCriterion => score.Error("criteria", $"'{e.Criterion}' has no score; allowed: {e.Allowed}"),
            ScorecardProblem.UnknownCriterion => new RecipeException(At(e.Criterion!), $"names no criterion of stage '{stage.Key}' ({string.Join(", ", stage.Criteria.Select(c => c.Key))})"),
            ScorecardProblem.AboveMaximum => new RecipeException(At(e.Criterion!), $"{e.Value} is above the maximum {criterion!.Max.ToString(CultureInfo.InvariantCulture)}"),
            ScorecardProblem.BelowZero => new RecipeException(At(e.Criterion!), $"{e.Value} is below zero"),
            ScorecardProblem.OffStep => new RecipeException(At(e.Criterion!), $"{e.Value} is not a whole multiple of the step {criterion!.Step.ToString(CultureInfo.InvariantCulture)}"),
            _ => score.Error(e.Message),
        };
    }

    private static void CheckUnique<T>(IReadOnlyList<T> items, Func<T, string> key, Func<T, RecipeObject> source, string property)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.TryAdd(key(item), source(item).Path))
            {
                throw source(item).Error(property, $"'{key(item)}' appears twice (first at {seen[key(item)]})");
            }
        }
    }
}
