using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Organizations.Services;

namespace Showcase.Leaderboards.Snapshots;

/// <summary>
/// Every round's leaderboards in memory. Readers (the gRPC services) only ever read the current views and
/// snapshots here and never touch the database; one writer (<see cref="Jobs.LeaderboardRefresher"/>) rebuilds a
/// round from Evaluations' read side when its events say it changed, or when polling finds a revision this node
/// has not seen.
/// </summary>
public sealed class LeaderboardStore(IServiceScopeFactory scopes, IOptions<LeaderboardsOptions> options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, RoundBoard> _rounds = new(StringComparer.Ordinal);
    // Rounds asked for and not yet taken by the refresher, each with the newest revision an event named (0: none).
    private readonly ConcurrentDictionary<string, long> _pending = new(StringComparer.Ordinal);
    private readonly Channel<string> _requests = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _writer = new(1, 1);
    private volatile bool _loaded;

    // The organisation tree the snapshots name communities and districts from: read once, and again when
    // Organizations says a unit changed (OrganizationEventsHandler) or at the next poll, not for every rebuild.
    private volatile OrganizationTree? _tree;

    /// <summary>False until the first load of every round finished; calls are answered UNAVAILABLE until then.</summary>
    public bool IsLoaded => _loaded;

    public IEnumerable<RoundBoard> Rounds => _rounds.Values;

    public RoundBoard? Find(string roundCode) => _rounds.GetValueOrDefault(roundCode);

    internal ChannelReader<string> Requests => _requests.Reader;

    /// <summary>Asks for a round to be rebuilt soon (coalesced: many events for one round make one rebuild).</summary>
    /// <param name="revision">The round's revision the asking event reported, if it did: the rebuild then looks for
    /// Evaluations' results of it already computed on this node before reading the database.</param>
    public void RequestRefresh(string roundCode, long revision = 0)
    {
        var first = false;
        _pending.AddOrUpdate(
            roundCode,
            _ =>
            {
                first = true;
                return revision;
            },
            (_, known) => Math.Max(known, revision));
        if (first)
        {
            _requests.Writer.TryWrite(roundCode);
        }
    }

    /// <returns>the newest revision an event named for the round (0: none).</returns>
    internal long TakeRequest(string roundCode) => _pending.TryRemove(roundCode, out var revision) ? revision : 0;

    /// <summary>Units were renamed or moved: the next rebuild reads the organisation tree again.</summary>
    public void ForgetOrganizations() => _tree = null;

    /// <summary>Loads or reloads every round whose revision differs from what this node holds; forgets deleted ones.</summary>
    public async Task SynchroniseAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await ReadOrganizationsAsync(scope.ServiceProvider, cancellationToken);
        var rounds = await scope.ServiceProvider.GetRequiredService<IRoundDirectory>().ListAsync(cancellationToken);
        foreach (var summary in rounds)
        {
            if (Find(summary.Code)?.View?.Version != summary.Revision)
            {
                await RefreshAsync(summary.Code, cancellationToken);
            }
        }

        foreach (var gone in _rounds.Keys.Except(rounds.Select(r => r.Code), StringComparer.Ordinal).ToList())
        {
            if (_rounds.TryRemove(gone, out var board))
            {
                board.Close();
            }
        }

        var now = time.GetUtcNow();
        foreach (var history in _rounds.Values.SelectMany(r => r.Leaderboards.Values))
        {
            history.Trim(options.Value.KeepFor, now);
        }

        _loaded = true;
    }

    /// <summary>
    /// Reads the tree again (a change whose event this node missed shows at the poll) but keeps the one held when it
    /// names the same units, so the next rebuild still takes unchanged lines over (<see cref="SnapshotSource"/>).
    /// </summary>
    private async Task ReadOrganizationsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var fresh = await services.GetRequiredService<IOrganizationDirectory>().GetTreeAsync(cancellationToken);
        var held = _tree;
        if (held is null || held.Count != fresh.Count || !held.DepthFirst().SequenceEqual(fresh.DepthFirst()))
        {
            _tree = fresh;
        }
    }

    /// <summary>Rebuilds one round from Evaluations' read side, if its revision moved, and publishes the new versions.</summary>
    public Task RefreshAsync(string roundCode, CancellationToken cancellationToken) => RefreshAsync(roundCode, 0, cancellationToken);

    /// <inheritdoc cref="RefreshAsync(string, CancellationToken)"/>
    /// <param name="revision">A revision an event reported (0: none): its results, when Evaluations holds them computed,
    /// are published without a database read; a newer revision has its own event and rebuild.</param>
    public async Task RefreshAsync(string roundCode, long revision, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var reader = services.GetRequiredService<IStandingsReader>();
            var results = (revision > 0 ? reader.Computed(roundCode, revision) : null) ?? await reader.GetAsync(roundCode, cancellationToken);
            if (results is null)
            {
                if (_rounds.TryRemove(roundCode, out var gone))
                {
                    gone.Close();
                }

                return;
            }

            var board = _rounds.GetOrAdd(roundCode, code => new RoundBoard(code));
            if (board.View?.Version >= results.Revision)
            {
                return;
            }

            var tree = _tree ??= await services.GetRequiredService<IOrganizationDirectory>().GetTreeAsync(cancellationToken);
            var published = results.State is RoundState.PublicNotice or RoundState.Final;
            var intervals = published && results.Standings.Entries.Length > 0
                ? await services.GetRequiredService<ResultsService>().IntervalsAsync(roundCode, cancellationToken)
                : null;
            Publish(board, results, tree, intervals);
        }
        finally
        {
            _writer.Release();
        }
    }

    private void Publish(RoundBoard board, RoundResults results, OrganizationTree tree, Scoring.Statistics.RankUncertainty? intervals)
    {
        var version = results.Revision;
        var now = time.GetUtcNow();
        var settings = options.Value;
        var stages = results.Standings.Stages;
        var parents = new List<string> { ResourceNames.Round(board.Code) };
        parents.AddRange(stages.Select(s => ResourceNames.Stage(board.Code, s.Stage)));
        var histories = board.EnsureLeaderboards(parents);
        board.SetView(new RoundView(SnapshotBuilder.RoundMessage(results.Summary, version, results.IsProvisional), results, intervals));

        // Lines whose standing did not move are taken over from the current versions when they were built from the
        // same entries and the same tree; the rest are built (SnapshotBuilder).
        var source = new SnapshotSource(results.Snapshot.Entries, tree);
        var reuse = board.BuiltFrom == source;
        var round = histories[parents[0]];
        var lines = SnapshotBuilder.RoundEntries(results, tree, intervals, reuse ? round.Current : null);
        round.Publish(new LeaderboardSnapshot(round.Parent, version, lines.Entries, now, round.Current, lines.Sources), settings.KeepVersions, settings.KeepFor, now);
        foreach (var stage in stages)
        {
            var history = histories[ResourceNames.Stage(board.Code, stage.Stage)];
            lines = SnapshotBuilder.StageEntries(results, tree, stage, reuse ? history.Current : null);
            history.Publish(new LeaderboardSnapshot(history.Parent, version, lines.Entries, now, history.Current, lines.Sources), settings.KeepVersions, settings.KeepFor, now);
        }

        board.BuiltFrom = source;
    }

    public void Dispose() => _writer.Dispose();
}
