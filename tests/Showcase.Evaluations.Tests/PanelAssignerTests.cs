using Shouldly;
using Showcase.Evaluations.Panels;

namespace Showcase.Evaluations.Tests;

public sealed class PanelAssignerTests
{
    private static readonly string[] Districts = ["GC", "DZ", "ST", "QY"];

    /// <summary>12 entries, three in each district; 8 judges, two from each district.</summary>
    private static AssignmentRequest Request(int k = 3, int? cap = null, IReadOnlyCollection<(string, string)>? conflicts = null, int judges = 8) => new(
        [.. Enumerable.Range(1, 12).Select(i => new AssignmentEntry($"E{i:00}", Districts[(i - 1) % 4]))],
        [.. Enumerable.Range(1, judges).Select(j => new AssignmentJudge($"j{j}", Districts[(j - 1) % 4]))],
        k,
        cap,
        conflicts ?? []);

    [Fact]
    public void Every_entry_gets_exactly_k_judges_and_loads_are_even()
    {
        var preview = PanelAssigner.Assign(Request(k: 3));

        preview.IsComplete.ShouldBeTrue();
        preview.Seats.GroupBy(s => s.Entry).ShouldAllBe(g => g.Count() == 3);
        preview.Seats.Select(s => (s.Entry, s.Judge)).Distinct().Count().ShouldBe(36);
        preview.Load.Values.ShouldAllBe(load => load >= 4 && load <= 5, "36 seats over 8 judges: 4 or 5 each");
    }

    [Fact]
    public void No_judge_goes_over_the_cap()
    {
        var preview = PanelAssigner.Assign(Request(k: 2, cap: 3));

        preview.IsComplete.ShouldBeTrue();
        preview.Load.Values.ShouldAllBe(load => load <= 3);
    }

    [Fact]
    public void A_conflicted_pair_is_never_seated()
    {
        var conflicts = Enumerable.Range(1, 12).Select(i => ($"j{1 + (i % 8)}", $"E{i:00}")).Append(("j1", "E01")).ToList();

        var preview = PanelAssigner.Assign(Request(k: 3, conflicts: conflicts));

        preview.IsComplete.ShouldBeTrue();
        preview.Seats.ShouldNotContain(s => conflicts.Contains(ValueTuple.Create(s.Judge, s.Entry)));
    }

    [Fact]
    public void Panels_are_spread_across_districts_when_they_can_be()
    {
        var preview = PanelAssigner.Assign(Request(k: 3));
        var districtOf = Request().Judges.ToDictionary(j => j.Id, j => j.District);

        foreach (var panel in preview.Seats.GroupBy(s => s.Entry))
        {
            panel.Select(s => districtOf[s.Judge]).Distinct().Count().ShouldBe(3, $"entry {panel.Key}'s three judges come from three districts");
        }
    }

    [Fact]
    public void The_same_input_gives_the_same_seats_whatever_its_order()
    {
        var request = Request(k: 3, cap: 5);
        var shuffled = request with { Entries = [.. request.Entries.Reverse()], Judges = [.. request.Judges.OrderBy(j => j.District).ThenByDescending(j => j.Id)] };

        var first = PanelAssigner.Assign(request);
        var again = PanelAssigner.Assign(request);
        var reordered = PanelAssigner.Assign(shuffled);

        again.Seats.ShouldBe(first.Seats);
        reordered.Seats.ShouldBe(first.Seats);
    }

    [Fact]
    public void Too_few_judges_or_too_small_caps_leave_entries_short_and_the_preview_incomplete()
    {
        var caps = PanelAssigner.Assign(Request(k: 3, cap: 4));
        var everyoneConflicted = PanelAssigner.Assign(Request(k: 2, conflicts: [.. Enumerable.Range(1, 7).Select(j => ($"j{j}", "E05"))]));

        caps.IsComplete.ShouldBeFalse("36 seats do not fit in 8 judges × 4");
        caps.Seats.Length.ShouldBe(32);
        everyoneConflicted.IsComplete.ShouldBeFalse();
        everyoneConflicted.ShortEntries.ShouldBe(["E05"]);
        everyoneConflicted.JudgesOf("E05").ShouldBe(["j8"]);
    }
}
