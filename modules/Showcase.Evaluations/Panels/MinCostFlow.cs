namespace Showcase.Evaluations.Panels;

/// <summary>
/// Minimum-cost flow by successive shortest paths, with Dijkstra on reduced costs (Johnson potentials). Costs must be
/// non-negative. Deterministic: among equal paths it takes the one Dijkstra settles first, ties broken by node number and
/// then by the order the arcs were added, so the same network always gives the same flow.
/// </summary>
internal sealed class MinCostFlow
{
    private readonly List<Arc> _arcs = [];
    private readonly List<int>[] _outgoing;

    public MinCostFlow(int nodeCount)
    {
        _outgoing = new List<int>[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            _outgoing[i] = [];
        }
    }

    public int NodeCount => _outgoing.Length;

    /// <returns>the arc's id, to read its flow afterwards.</returns>
    public int AddArc(int from, int to, int capacity, long cost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var id = _arcs.Count;
        _arcs.Add(new Arc(to, capacity, cost));
        _outgoing[from].Add(id);
        _arcs.Add(new Arc(from, 0, -cost));
        _outgoing[to].Add(id + 1);
        return id;
    }

    public int FlowOn(int arc) => _arcs[arc ^ 1].Capacity;

    /// <summary>Sends up to <paramref name="limit"/> units from <paramref name="source"/> to <paramref name="sink"/> at the least total cost.</summary>
    /// <returns>the flow sent and its cost.</returns>
    public (int Flow, long Cost) Run(int source, int sink, int limit)
    {
        var n = NodeCount;
        var potential = new long[n];
        var distance = new long[n];
        var viaArc = new int[n];
        var flow = 0;
        long cost = 0;
        while (flow < limit)
        {
            Array.Fill(distance, long.MaxValue);
            Array.Fill(viaArc, -1);
            distance[source] = 0;
            var queue = new PriorityQueue<int, (long Distance, int Node)>();
            queue.Enqueue(source, (0, source));
            while (queue.TryDequeue(out var node, out var key))
            {
                if (key.Distance > distance[node])
                {
                    continue;
                }

                foreach (var a in _outgoing[node])
                {
                    var arc = _arcs[a];
                    if (arc.Capacity == 0)
                    {
                        continue;
                    }

                    var next = distance[node] + arc.Cost + potential[node] - potential[arc.To];
                    if (next < distance[arc.To])
                    {
                        distance[arc.To] = next;
                        viaArc[arc.To] = a;
                        queue.Enqueue(arc.To, (next, arc.To));
                    }
                }
            }

            if (distance[sink] == long.MaxValue)
            {
                break;
            }

            for (var i = 0; i < n; i++)
            {
                if (distance[i] != long.MaxValue)
                {
                    potential[i] += distance[i];
                }
            }

            var push = limit - flow;
            for (var v = sink; v != source; v = _arcs[viaArc[v] ^ 1].To)
            {
                push = Math.Min(push, _arcs[viaArc[v]].Capacity);
            }

            for (var v = sink; v != source; v = _arcs[viaArc[v] ^ 1].To)
            {
                var a = viaArc[v];
                _arcs[a] = _arcs[a] with { Capacity = _arcs[a].Capacity - push };
                _arcs[a ^ 1] = _arcs[a ^ 1] with { Capacity = _arcs[a ^ 1].Capacity + push };
                cost += push * _arcs[a].Cost;
            }

            flow += push;
        }

        return (flow, cost);
    }

    private readonly record struct Arc(int To, int Capacity, long Cost);
}
