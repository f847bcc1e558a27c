using System.Collections.Immutable;

namespace Showcase.Evaluations.Panels;

/// <summary>
/// Balanced automatic assignment as a minimum-cost flow (the way HotCRP and the Toronto Paper Matching System seat
/// reviewers): source → entry (k) → entry × judge's district → judge → sink. Conflicted pairs have no arc, so they are
/// never seated; each judge's arcs to the sink stop at the cap. Costs, in this order of weight: a second judge from the
/// same district on one panel (spread panels across districts), a judge's load (convex, so loads even out), a judge
/// from the entry's own district. Entries and judges are taken in ordinal order, so the same input gives the same seats.
/// </summary>
public static class PanelAssigner
{
    internal const long SameDistrictOnPanelCost = 1_000_000;
    internal const long LoadStepCost = 1_000;
    internal const long HomeDistrictCost = 1;

    public static AssignmentPreview Assign(AssignmentRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.JudgesPerEntry, 1);
        if (request.CapPerJudge is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(request), "The cap per judge cannot be negative.");
        }

        var entries = request.Entries.DistinctBy(e => e.Code).OrderBy(e => e.Code, StringComparer.Ordinal).ToArray();
        var judges = request.Judges.DistinctBy(j => j.Id).OrderBy(j => j.Id, StringComparer.Ordinal).ToArray();
        var k = request.JudgesPerEntry;
        var cap = request.CapPerJudge ?? entries.Length;
        var conflicts = request.Conflicts.ToHashSet();

        // A judge without a district is a group of their own: only judges of one district crowd a panel.
        var groups = judges.Select(j => j.District.Length > 0 ? "d:" + j.District : "j:" + j.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var groupIndex = groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        int GroupOf(AssignmentJudge judge) => groupIndex[judge.District.Length > 0 ? "d:" + judge.District : "j:" + judge.Id];

        var source = 0;
        var firstEntry = 1;
        var firstEntryGroup = firstEntry + entries.Length;
        var firstJudge = firstEntryGroup + (entries.Length * groups.Length);
        var sink = firstJudge + judges.Length;
        var network = new MinCostFlow(sink + 1);

        for (var e = 0; e < entries.Length; e++)
        {
            network.AddArc(source, firstEntry + e, k, 0);
            for (var g = 0; g < groups.Length; g++)
            {
                // The first judge of a district on this panel is free; each further one costs more.
                for (var m = 0; m < k; m++)
                {
                    network.AddArc(firstEntry + e, firstEntryGroup + (e * groups.Length) + g, 1, m * SameDistrictOnPanelCost);
                }
            }
        }

        var seatArcs = new List<(int Arc, int Entry, int Judge)>();
        for (var e = 0; e < entries.Length; e++)
        {
            for (var j = 0; j < judges.Length; j++)
            {
                if (conflicts.Contains((judges[j].Id, entries[e].Code)))
                {
                    continue;
                }

                var home = judges[j].District.Length > 0 && judges[j].District == entries[e].District ? HomeDistrictCost : 0;
                var arc = network.AddArc(firstEntryGroup + (e * groups.Length) + GroupOf(judges[j]), firstJudge + j, 1, home);
                seatArcs.Add((arc, e, j));
            }
        }

        for (var j = 0; j < judges.Length; j++)
        {
            for (var t = 0; t < cap; t++)
            {
                network.AddArc(firstJudge + j, sink, 1, t * LoadStepCost);
            }
        }

        network.Run(source, sink, k * entries.Length);

        var seats = ImmutableArray.CreateBuilder<SeatPlan>();
        var seated = new int[entries.Length];
        var load = judges.ToDictionary(j => j.Id, _ => 0, StringComparer.Ordinal);
        foreach (var (arc, e, j) in seatArcs)
        {
            if (network.FlowOn(arc) > 0)
            {
                seats.Add(new SeatPlan(entries[e].Code, judges[j].Id));
                seated[e]++;
                load[judges[j].Id]++;
            }
        }

        var ordered = seats.OrderBy(s => s.Entry, StringComparer.Ordinal).ThenBy(s => s.Judge, StringComparer.Ordinal).ToImmutableArray();
        var shortEntries = entries.Where((_, e) => seated[e] < k).Select(e => e.Code).ToImmutableArray();
        return new AssignmentPreview(k, request.CapPerJudge, ordered, load.ToImmutableDictionary(StringComparer.Ordinal), shortEntries);
    }
}
