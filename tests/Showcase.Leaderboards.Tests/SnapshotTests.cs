extern alias server;

using System.Collections.Immutable;
using Shouldly;
using server::Showcase.Leaderboards.Snapshots;
using Entry = server::Showcase.Api.V1.LeaderboardEntry;

namespace Showcase.Leaderboards.Tests;

/// <summary>The snapshot's invariant and the history's keeping rules, without a host.</summary>
public sealed class SnapshotTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private static Entry Line(string code, int position, int rank, string score = "") =>
        new() { Name = "rounds/r/entries/" + code, EntryCode = code, Position = position, Rank = rank, Score = score };

    private static LeaderboardSnapshot Snapshot(long version, params Entry[] entries) => new("rounds/r", version, [.. entries], Now);

    [Fact]
    public void A_snapshot_refuses_gaps_in_positions_and_ranked_entries_after_unranked_ones()
    {
        Should.Throw<ArgumentException>(() => Snapshot(1, Line("A", 1, 1), Line("B", 3, 2)));
        Should.Throw<ArgumentException>(() => Snapshot(1, Line("A", 1, 0), Line("B", 2, 1)));
        Should.Throw<ArgumentException>(() => Snapshot(1, Line("A", 1, 1), Line("A", 2, 2)));
    }

    [Fact]
    public void Pages_are_slices_of_the_position_order_and_the_same_page_is_encoded_once()
    {
        var snapshot = Snapshot(7, Line("A", 1, 1, "90.00"), Line("B", 2, 2, "80.00"), Line("C", 3, 2, "80.00"), Line("D", 4, 0));

        var first = snapshot.Page(0, 2, includeUnranked: false, next => "t" + next);
        var last = snapshot.Page(2, 2, includeUnranked: false, next => "t" + next);
        var all = snapshot.Page(2, 2, includeUnranked: true, next => "t" + next);

        first.Message.Entries.Select(e => e.EntryCode).ShouldBe(["A", "B"]);
        first.Message.NextPageToken.ShouldBe("t2");
        first.Message.TotalSize.ShouldBe(3);
        last.Message.Entries.Select(e => e.EntryCode).ShouldBe(["C"]);
        last.Message.NextPageToken.ShouldBeEmpty();
        all.Message.Entries.Select(e => e.EntryCode).ShouldBe(["C", "D"]);
        snapshot.Page(0, 2, includeUnranked: false, next => "other").ShouldBeSameAs(first);
        PreEncoded.TryGet(first.Message, out var bytes).ShouldBeTrue();
        bytes.ShouldBe(first.Bytes);
    }

    [Fact]
    public void A_change_carries_only_the_lines_that_differ_and_the_names_of_entries_gone()
    {
        var before = Snapshot(1, Line("A", 1, 1, "90.00"), Line("B", 2, 2, "80.00"), Line("C", 3, 3, "70.00"));
        var after = Snapshot(2, Line("A", 1, 1, "90.00"), Line("C", 2, 2, "85.00"), Line("B", 3, 3, "80.00"), Line("D", 4, 0));

        var change = after.ChangeFrom(before);

        change.Version.ShouldBe(2);
        change.Change.PreviousVersion.ShouldBe(1);
        change.Change.ChangedEntries.Select(e => e.EntryCode).ShouldBe(["C", "B", "D"]);
        change.Change.RemovedEntries.ShouldBeEmpty();
        Snapshot(3, Line("A", 1, 1)).ChangeFrom(after).Change.RemovedEntries.ShouldBe(["rounds/r/entries/C", "rounds/r/entries/B", "rounds/r/entries/D"]);
    }

    [Fact]
    public void A_version_that_follows_another_finds_every_entry_whether_it_shares_its_slots_or_not()
    {
        var first = Snapshot(1, Line("A", 1, 1, "90.00"), Line("B", 2, 2, "80.00"), Line("C", 3, 0));
        // The same entries in another order (shares the slots), one replaced (cannot), one more (cannot), one fewer.
        var reordered = new LeaderboardSnapshot("rounds/r", 2, [Line("B", 1, 1, "95.00"), Line("A", 2, 2, "90.00"), Line("C", 3, 0)], Now, first);
        var replaced = new LeaderboardSnapshot("rounds/r", 3, [Line("B", 1, 1, "95.00"), Line("D", 2, 2, "85.00"), Line("C", 3, 0)], Now, reordered);
        var grown = new LeaderboardSnapshot("rounds/r", 4, [Line("B", 1, 1), Line("D", 2, 2), Line("C", 3, 0), Line("E", 4, 0)], Now, replaced);
        var shrunk = new LeaderboardSnapshot("rounds/r", 5, [Line("E", 1, 1), Line("B", 2, 0)], Now, grown);

        foreach (var snapshot in new[] { first, reordered, replaced, grown, shrunk })
        {
            for (var i = 0; i < snapshot.Entries.Length; i++)
            {
                snapshot.IndexOf(snapshot.Entries[i].EntryCode).ShouldBe(i);
                snapshot.Find(snapshot.Entries[i].EntryCode).ShouldBeSameAs(snapshot.Entries[i]);
            }
        }

        first.IndexOf("D").ShouldBe(-1);
        reordered.IndexOf("D").ShouldBe(-1);
        replaced.IndexOf("A").ShouldBe(-1);
        shrunk.Find("C").ShouldBeNull();
        replaced.ChangeFrom(reordered).Change.RemovedEntries.ShouldBe(["rounds/r/entries/A"]);
        replaced.ChangeFrom(reordered).Change.ChangedEntries.Select(e => e.EntryCode).ShouldBe(["D"]);

        // Found at the index asked first, then beside it, else by code; a change between versions that share their slots.
        reordered.IndexNear("B", 0).ShouldBe(0);
        reordered.IndexNear("A", 0).ShouldBe(1);
        reordered.IndexNear("C", 99).ShouldBe(2);
        reordered.IndexNear("D", 1).ShouldBe(-1);
        reordered.ChangeFrom(first).Change.ChangedEntries.Select(e => e.EntryCode).ShouldBe(["B", "A"]);
        reordered.ChangeFrom(first).Change.RemovedEntries.ShouldBeEmpty();
        var same = new LeaderboardSnapshot("rounds/r", 6, [.. reordered.Entries], Now, reordered);
        same.ChangeFrom(reordered).Change.ChangedEntries.ShouldBeEmpty();
        same.ChangeFrom(reordered).Change.RemovedEntries.ShouldBeEmpty();
        Should.Throw<ArgumentException>(() => new LeaderboardSnapshot("rounds/r", 6, [Line("A", 1, 1), Line("A", 2, 2), Line("C", 3, 0)], Now, first));
    }

    [Fact]
    public void A_chain_of_versions_that_move_one_line_at_a_time_finds_every_entry_and_still_refuses_a_code_twice()
    {
        // As a live round goes: each version moves one line up or down, the lines in between move by one (copies), and
        // the others are the previous version's own objects at the same index (found through its slots, not by code).
        var random = new Random(7);
        var lines = Enumerable.Range(0, 50).Select(i => Line("E" + i, i + 1, i + 1)).ToList();
        var current = new LeaderboardSnapshot("rounds/r", 1, [.. lines], Now);
        for (var v = 2; v <= 40; v++)
        {
            var from = random.Next(lines.Count);
            var to = random.Next(lines.Count);
            var moved = lines[from];
            lines.RemoveAt(from);
            lines.Insert(to, moved);
            for (var i = Math.Min(from, to); i <= Math.Max(from, to); i++)
            {
                lines[i] = Line(lines[i].EntryCode, i + 1, i + 1);
            }

            var next = new LeaderboardSnapshot("rounds/r", v, [.. lines], Now, current);
            for (var i = 0; i < lines.Count; i++)
            {
                next.IndexOf(lines[i].EntryCode).ShouldBe(i);
                next.IndexNear(lines[i].EntryCode, i).ShouldBe(i);
                next.IndexNear(lines[i].EntryCode, Math.Max(i - 1, 0)).ShouldBe(i);
                next.IndexNear(lines[i].EntryCode, (i + 7) % lines.Count).ShouldBe(i);
            }

            next.IndexNear("E99", 3).ShouldBe(-1);
            next.ChangeFrom(current).Change.ChangedEntries.Count.ShouldBe(from == to ? 0 : Math.Abs(from - to) + 1);
            current = next;
        }

        // A line kept at its index and a new line with the same code: refused, as without the previous version.
        var twice = current.Entries.ToArray();
        twice[1] = Line(twice[0].EntryCode, 2, 2);
        Should.Throw<ArgumentException>(() => new LeaderboardSnapshot("rounds/r", 41, [.. twice], Now, current));
    }

    [Theory]
    [InlineData("90.00"), InlineData("36.5"), InlineData("0"), InlineData("100"), InlineData("-1.25"), InlineData("0.10"), InlineData("79228162514264337593543950335")]
    public void A_line_s_score_is_compared_as_the_standing_would_write_it(string text)
    {
        var score = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var written = new Showcase.Scoring.StageScore("s1", score, 5, 1).ScoreText;

        written.ShouldBe(text);
        SnapshotBuilder.ScoreIs(written, score).ShouldBeTrue();
        SnapshotBuilder.ScoreIs(written + "0", score).ShouldBeFalse();
        SnapshotBuilder.ScoreIs("", score).ShouldBeFalse();
        SnapshotBuilder.ScoreIs("", null).ShouldBeTrue();
        SnapshotBuilder.ScoreIs(written, null).ShouldBeFalse();
    }

    [Fact]
    public void A_history_keeps_superseded_versions_within_its_count_and_age_and_refuses_older_ones()
    {
        var history = new LeaderboardHistory("rounds/r");
        for (var v = 1; v <= 5; v++)
        {
            history.Publish(Snapshot(v, Line("A", 1, 1)), keepVersions: 2, keepFor: TimeSpan.FromMinutes(10), Now.AddMinutes(v)).ShouldBeTrue();
        }

        history.Current!.Version.ShouldBe(5);
        history.Find(4).ShouldNotBeNull();
        history.Find(3).ShouldNotBeNull();
        history.Find(2).ShouldBeNull();
        history.Publish(Snapshot(4, Line("A", 1, 1)), 2, TimeSpan.FromMinutes(10), Now.AddMinutes(6)).ShouldBeFalse();

        history.Trim(TimeSpan.FromMinutes(10), Now.AddMinutes(14).AddSeconds(1));
        history.Find(3).ShouldBeNull();
        history.Find(4).ShouldNotBeNull();
        history.Find(5).ShouldNotBeNull();
    }
}
