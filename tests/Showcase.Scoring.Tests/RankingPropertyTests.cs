using Shouldly;

namespace Showcase.Scoring.Tests;

/// <summary>Properties over random panels, scores, conflicts, stages and bands (seeded, so a failure repeats).</summary>
public sealed class RankingPropertyTests
{
    private const int Cases = 300;

    [Fact]
    public void Ranks_form_a_valid_competition_ranking_and_positions_a_permutation()
    {
        var rounds = new RandomRounds(seed: 1);
        for (var i = 0; i < Cases; i++)
        {
            var (round, cards) = rounds.Next();
            var standings = RoundCalculator.Calculate(round, cards);

            CheckRanking(standings.Entries.Select(s => (s.EntryCode, s.Rank, s.Position, s.Tied)).ToList(), round.Entries.Count, $"case {i}");
            foreach (var stage in standings.Stages)
            {
                CheckRanking(stage.Entries.Select(s => (s.EntryCode, s.Rank, s.Position, s.Tied)).ToList(), stage.Entries.Length, $"case {i}, stage {stage.Stage}");
                var ranked = stage.Entries.Where(s => s.Rank > 0).ToList();
                for (var k = 1; k < ranked.Count; k++)
                {
                    ranked[k].Score!.Value.ShouldBeLessThanOrEqualTo(ranked[k - 1].Score!.Value, $"case {i}: a stage ranking orders by score");
                }
            }

            var reachedLast = standings.Entries.Where(s => s.Status == StandingStatus.Ranked).ToList();
            for (var k = 1; k < reachedLast.Count; k++)
            {
                reachedLast[k].Score!.Value.ShouldBeLessThanOrEqualTo(reachedLast[k - 1].Score!.Value, $"case {i}: the round ranks by round score");
            }
        }
    }

    [Fact]
    public void The_order_of_the_inputs_changes_nothing()
    {
        var rounds = new RandomRounds(seed: 2);
        for (var i = 0; i < Cases; i++)
        {
            var (round, cards) = rounds.Next();
            var shuffled = round with
            {
                Entries = [.. rounds.Shuffle(round.Entries)],
                Stages = [.. round.Stages.Select(s => s with { Judges = [.. rounds.Shuffle(s.Judges)] })],
                Conflicts = [.. rounds.Shuffle(round.Conflicts)],
                Decisions = [.. rounds.Shuffle(round.Decisions)],
            };

            var expected = RandomRounds.Describe(RoundCalculator.Calculate(round, cards));
            var actual = RandomRounds.Describe(RoundCalculator.Calculate(shuffled, rounds.Shuffle(cards)));

            actual.ShouldBe(expected, $"case {i}");
        }
    }

    [Fact]
    public void Incremental_updates_equal_the_full_recompute_after_any_sequence_of_changes()
    {
        var rounds = new RandomRounds(seed: 3);
        for (var i = 0; i < Cases; i++)
        {
            var (round, cards) = rounds.Next();
            var current = new Dictionary<(string, string, string), Scorecard>();
            foreach (var card in cards.Where(c => !c.IsDraft))
            {
                current[(card.Stage, card.Judge, card.Entry)] = card;
            }

            var tally = RoundTally.Create(round, cards);
            var revision = 1L;
            for (var step = 0; step < 25; step++)
            {
                ChangeAtRandom(rounds, round, tally, current, revision++);

                if (step % 5 == 4)
                {
                    RandomRounds.Describe(tally.Standings()).ShouldBe(RandomRounds.Describe(RoundCalculator.Calculate(round, current.Values)), $"case {i}, step {step}");
                }
            }
        }
    }

    [Fact]
    public void A_copy_carries_on_like_a_full_recompute_and_leaves_the_original_as_it_was()
    {
        var rounds = new RandomRounds(seed: 5);
        for (var i = 0; i < Cases; i++)
        {
            var (round, cards) = rounds.Next();
            var current = Latest(cards);
            var tally = RoundTally.Create(round, cards);
            var revision = 1_000L;
            for (var step = 0; step < 12; step++)
            {
                var before = RandomRounds.Describe(tally.Standings());
                var copy = tally.Copy();
                RandomRounds.Describe(copy.Standings()).ShouldBe(before, $"case {i}, step {step}: the copy as made");

                ChangeAtRandom(rounds, round, copy, current, revision++);

                RandomRounds.Describe(tally.Standings()).ShouldBe(before, $"case {i}, step {step}: the original after the copy changed");
                RandomRounds.Describe(copy.Standings()).ShouldBe(RandomRounds.Describe(RoundCalculator.Calculate(round, current.Values)), $"case {i}, step {step}: the copy after the change");
                tally = copy;
            }
        }
    }

    [Fact]
    public void Standings_laid_out_after_earlier_ones_read_the_same_and_take_over_only_lines_that_read_the_same()
    {
        var rounds = new RandomRounds(seed: 11);
        var takenOver = 0;
        var built = 0;
        for (var i = 0; i < Cases; i++)
        {
            var (round, cards) = rounds.Next();
            var current = Latest(cards);
            var tally = RoundTally.Create(round, cards);
            var earlier = tally.Standings();
            var revision = 1_000L;
            for (var step = 0; step < 12; step++)
            {
                var copy = tally.Copy();
                ChangeAtRandom(rounds, round, copy, current, revision++);
                var fresh = copy.Standings();
                var carried = copy.Standings(earlier);

                RandomRounds.Describe(carried).ShouldBe(RandomRounds.Describe(fresh), $"case {i}, step {step}");
                var before = earlier.Entries.ToDictionary(s => s.EntryCode);
                foreach (var line in carried.Entries)
                {
                    carried[line.EntryCode].ShouldBeSameAs(line);
                    if (ReferenceEquals(line, before[line.EntryCode]))
                    {
                        takenOver++;
                    }
                    else
                    {
                        built++;
                    }
                }

                carried.TryGetStanding("no such entry", out _).ShouldBeFalse();
                RandomRounds.Describe(earlier).ShouldBe(RandomRounds.Describe(tally.Standings()), $"case {i}, step {step}: the earlier standings as they were");
                (tally, earlier) = (copy, carried);
            }
        }

        // Most changes move a few lines: most are taken over, and some are not.
        takenOver.ShouldBeGreaterThan(built);
        built.ShouldBeGreaterThan(0);
    }

    /// <summary>Each submitted card's latest revision, by (stage, judge, entry).</summary>
    private static Dictionary<(string, string, string), Scorecard> Latest(IEnumerable<Scorecard> cards) =>
        cards.Where(c => !c.IsDraft)
            .GroupBy(c => (c.Stage, c.Judge, c.Entry))
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Revision)!);

    /// <summary>One random change to the tally, mirrored in <paramref name="current"/>: a scorecard taken off (one in five) or a new revision.</summary>
    private static void ChangeAtRandom(RandomRounds rounds, RoundDefinition round, RoundTally tally, Dictionary<(string, string, string), Scorecard> current, long revision)
    {
        var random = rounds.Random;
        var stage = round.Stages[random.Next(round.Stages.Count)];
        var judge = stage.Judges[random.Next(stage.Judges.Count)];
        var entry = round.Entries[random.Next(round.Entries.Count)].Code;
        if (random.NextDouble() < 0.2)
        {
            tally.Remove(stage.Key, judge, entry);
            current.Remove((stage.Key, judge, entry));
            return;
        }

        var card = rounds.RandomCard(stage, judge, entry, revision);
        tally.Apply(card);
        if (!card.IsDraft)
        {
            current[(stage.Key, judge, entry)] = card;
        }
    }

    [Fact]
    public void Stage_scores_equal_a_plain_decimal_computation_of_the_rules()
    {
        var rounds = new RandomRounds(seed: 4);
        var checkedScores = 0;
        for (var i = 0; i < Cases; i++)
        {
            var (round, cards) = rounds.Next(maxStages: 1);
            var stage = round.Stages[0];
            if (stage.Method == AggregationMethod.ZScore)
            {
                continue;
            }

            var standings = RoundCalculator.Calculate(round, cards).Stage(stage.Key);
            foreach (var line in standings.Entries)
            {
                var panel = cards
                    .Where(c => c.Entry == line.EntryCode && !c.IsDraft && !round.Conflicts.Any(x => x.Judge == c.Judge && x.Entry == c.Entry))
                    .Select(c => c.Scores.Select((x, k) => x * stage.Criteria[k].Weight).Sum())
                    .Order()
                    .ToList();
                var expected = DecimalReference(stage, panel);
                line.Score.ShouldBe(expected, $"case {i}, entry {line.EntryCode}");
                checkedScores++;
            }
        }

        checkedScores.ShouldBeGreaterThan(500);
    }

    /// <summary>SCORING.md's aggregation read literally, in System.Decimal.</summary>
    private static decimal? DecimalReference(StageDefinition stage, List<decimal> sorted)
    {
        var n = sorted.Count;
        if (n < stage.EffectiveMinPanel)
        {
            return null;
        }

        var a = stage.Method switch
        {
            AggregationMethod.TrimmedMean => sorted.Skip(stage.Drop).Take(n - (2 * stage.Drop)).Sum() / (n - (2 * stage.Drop)),
            AggregationMethod.Mean => sorted.Sum() / n,
            _ => n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
        };
        return decimal.Round(a, 2, MidpointRounding.AwayFromZero);
    }

    private static void CheckRanking(List<(string Code, int Rank, int Position, bool Tied)> lines, int count, string context)
    {
        lines.Select(l => l.Position).ShouldBe(Enumerable.Range(1, count), context + ": positions are 1..N in order");
        var ranked = lines.TakeWhile(l => l.Rank > 0).ToList();
        lines.Skip(ranked.Count).ShouldAllBe(l => l.Rank == 0 && !l.Tied, context + ": unranked entries come last with rank 0");
        lines.Skip(ranked.Count).Select(l => l.Code).ShouldBe(lines.Skip(ranked.Count).Select(l => l.Code).Order(StringComparer.Ordinal), context + ": unranked by code");
        for (var k = 0; k < ranked.Count; k++)
        {
            var sharesWithPrevious = k > 0 && ranked[k - 1].Rank == ranked[k].Rank;
            if (!sharesWithPrevious)
            {
                ranked[k].Rank.ShouldBeGreaterThanOrEqualTo(k == 0 ? 1 : ranked[k - 1].Rank + 1, context);
            }

            var sharesWithNext = k + 1 < ranked.Count && ranked[k + 1].Rank == ranked[k].Rank;
            ranked[k].Tied.ShouldBe(sharesWithPrevious || sharesWithNext, context + $": tied of {ranked[k].Code}");
        }

        // Within the round's groups ranks are competition ranks: 1 + the entries strictly ahead.
        for (var k = 0; k < ranked.Count; k++)
        {
            ranked[k].Rank.ShouldBe(ranked.Count(l => l.Rank < ranked[k].Rank) + 1, context + $": rank of {ranked[k].Code}");
        }
    }
}
