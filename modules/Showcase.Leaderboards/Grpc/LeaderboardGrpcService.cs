using Grpc.Core;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Api;
using Showcase.Api.V1;
using Showcase.Leaderboards.Paging;
using Showcase.Leaderboards.Snapshots;
using Showcase.Leaderboards.Watching;

namespace Showcase.Leaderboards.Grpc;

/// <summary><c>showcase.v1.LeaderboardService</c>: every answer comes from the in-memory snapshots.</summary>
[BindServiceMethod(typeof(LeaderboardServiceBinding), nameof(LeaderboardServiceBinding.BindService))]
[RequiresScope(ApiScopes.LeaderboardsRead)]
public sealed class LeaderboardGrpcService(LeaderboardReader reader, PageTokenCodec tokens, IOptions<LeaderboardsOptions> options) : LeaderboardService.LeaderboardServiceBase
{
    private const int MaxBatch = 1000;

    public override Task<ListRoundsResponse> ListRounds(ListRoundsRequest request, ServerCallContext context)
    {
        var size = LeaderboardReader.PageSize(request.PageSize);
        var rounds = reader.VisibleRounds(Caller(context))
            .Where(v => request.Year == 0 || v.Year == request.Year)
            .OrderByDescending(v => v.Year).ThenBy(v => v.Code, StringComparer.Ordinal)
            .ToList();
        var filter = "year=" + request.Year;
        var offset = string.IsNullOrEmpty(request.PageToken) ? 0 : tokens.Decode(request.PageToken, "rounds", filter).Offset;
        var response = new ListRoundsResponse { TotalSize = rounds.Count };
        response.Rounds.AddRange(rounds.Skip(offset).Take(size).Select(v => v.Message));
        if (offset + size < rounds.Count)
        {
            response.NextPageToken = tokens.Encode(new PageToken("rounds", 0, offset + size, filter));
        }

        return Task.FromResult(response);
    }

    public override Task<Round> GetRound(GetRoundRequest request, ServerCallContext context)
    {
        if (!ResourceNames.TryParseRound(request.Name, out var code))
        {
            throw ApiException.InvalidArgument("INVALID_NAME", $"'{request.Name}' is not a round name: expected rounds/{{round_code}}.", "name");
        }

        return Task.FromResult(reader.Round(code, Caller(context)).View.Message);
    }

    public override Task<ListLeaderboardEntriesResponse> ListLeaderboardEntries(ListLeaderboardEntriesRequest request, ServerCallContext context)
    {
        var (_, history, current) = reader.Leaderboard(request.Parent, Caller(context));
        var size = LeaderboardReader.PageSize(request.PageSize);
        var filter = request.IncludeUnranked ? "unranked" : "ranked";
        var snapshot = current;
        var offset = 0;
        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var token = tokens.Decode(request.PageToken, request.Parent, filter);
            snapshot = history.Find(token.Version) ?? throw ApiException.FailedPrecondition(
                "PAGE_TOKEN_EXPIRED",
                $"The version {token.Version} this page token pins is no longer kept (the leaderboard is at {current.Version}). Start again from the first page, without a page token.",
                new Dictionary<string, string> { ["version"] = token.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["currentVersion"] = current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            offset = token.Offset;
        }
        else if (request.IfVersion != 0 && request.IfVersion == current.Version)
        {
            return Task.FromResult(new ListLeaderboardEntriesResponse { Unchanged = true, Version = current.Version, TotalSize = current.Count(request.IncludeUnranked) });
        }

        var parent = request.Parent;
        var version = snapshot.Version;
        var page = snapshot.Page(offset, size, request.IncludeUnranked, next => tokens.Encode(new PageToken(parent, version, next, filter)));
        return Task.FromResult(page.Message);
    }

    public override Task<LeaderboardEntry> GetLeaderboardEntry(GetLeaderboardEntryRequest request, ServerCallContext context)
    {
        var (roundCode, entryCode) = EntryName(request.Name, "name");
        var (_, _, current) = reader.Leaderboard(ResourceNames.Round(roundCode), Caller(context), "name");
        return Task.FromResult(current.Find(entryCode) ?? throw EntryNotFound(request.Name, ResourceNames.Round(roundCode)));
    }

    public override Task<ListLeaderboardEntriesAroundResponse> ListLeaderboardEntriesAround(ListLeaderboardEntriesAroundRequest request, ServerCallContext context)
    {
        var (roundCode, entryCode) = EntryName(request.Name, "name");
        var parent = string.IsNullOrEmpty(request.Parent) ? ResourceNames.Round(roundCode) : request.Parent;
        if (!ResourceNames.TryParseLeaderboard(parent, out var parentRound, out _) || parentRound != roundCode)
        {
            throw ApiException.InvalidArgument("INVALID_NAME", $"'{parent}' is not a leaderboard of round 'rounds/{roundCode}'.", "parent");
        }

        var radius = request.Radius switch
        {
            < 0 => throw ApiException.InvalidArgument("RADIUS_NEGATIVE", "radius must not be negative.", "radius"),
            0 => 5,
            _ => Math.Min(request.Radius, 50),
        };
        var (_, _, snapshot) = reader.Leaderboard(parent, Caller(context));
        var index = snapshot.IndexOf(entryCode);
        if (index < 0)
        {
            throw EntryNotFound(request.Name, parent);
        }

        // The window looks at the same list a list call shows; an unranked entry asked for brings the unranked in.
        var count = request.IncludeUnranked || index >= snapshot.RankedCount ? snapshot.Entries.Length : snapshot.RankedCount;
        var response = new ListLeaderboardEntriesAroundResponse { Version = snapshot.Version };
        for (var i = Math.Max(0, index - radius); i <= Math.Min(count - 1, index + radius); i++)
        {
            response.Entries.Add(snapshot.Entries[i]);
        }

        return Task.FromResult(response);
    }

    public override Task<BatchGetLeaderboardEntriesResponse> BatchGetLeaderboardEntries(BatchGetLeaderboardEntriesRequest request, ServerCallContext context)
    {
        if (request.Names.Count > MaxBatch)
        {
            throw ApiException.InvalidArgument("TOO_MANY_NAMES", $"At most {MaxBatch} names per call.", "names");
        }

        var (view, _, snapshot) = reader.Leaderboard(request.Parent, Caller(context));
        var roundCode = view.Code;
        var response = new BatchGetLeaderboardEntriesResponse { Version = snapshot.Version };
        foreach (var name in request.Names)
        {
            var (entryRound, entryCode) = EntryName(name, "names");
            if (entryRound != roundCode)
            {
                throw ApiException.InvalidArgument("INVALID_NAME", $"'{name}' is not an entry of round 'rounds/{roundCode}'.", "names");
            }

            response.Entries.Add(snapshot.Find(entryCode) ?? throw EntryNotFound(name, request.Parent));
        }

        return Task.FromResult(response);
    }

    public override async Task WatchLeaderboard(WatchLeaderboardRequest request, IServerStreamWriter<LeaderboardEvent> responseStream, ServerCallContext context)
    {
        var caller = Caller(context);
        var (_, history, _) = reader.Leaderboard(request.Parent, caller);
        var settings = options.Value;
        var watcher = new LeaderboardWatcher(settings.WatcherQueueCapacity);
        history.Add(watcher);
        try
        {
            // Registered before reading the current version: every later version is queued, none is missed.
            var current = history.Current!;
            var since = request.SinceVersion == 0 ? null : history.Find(request.SinceVersion);
            long held;
            if (since is null || request.SinceVersion > current.Version)
            {
                await responseStream.WriteAsync(current.SnapshotEvent(SnapshotReason.Initial).Message, context.CancellationToken);
                held = current.Version;
            }
            else if (since.Version == current.Version)
            {
                held = current.Version;
            }
            else
            {
                await responseStream.WriteAsync(current.ChangeFrom(since), context.CancellationToken);
                held = current.Version;
            }

            await FollowAsync(request.Parent, caller, history, watcher, held, responseStream, settings.HeartbeatInterval, context.CancellationToken);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The partner went away.
        }
        finally
        {
            history.Remove(watcher);
        }
    }

    private async Task FollowAsync(string parent, ApiCaller? caller, LeaderboardHistory history, LeaderboardWatcher watcher, long held, IServerStreamWriter<LeaderboardEvent> stream, TimeSpan heartbeat, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            // Checked before every event: a write that waited on a slow client may have let the queue overflow.
            if (watcher.TakeFellBehind())
            {
                while (watcher.Events.TryRead(out _))
                {
                }

                var current = history.Current!;
                await stream.WriteAsync(current.SnapshotEvent(SnapshotReason.Resync).Message, cancellationToken);
                held = current.Version;
                continue;
            }

            if (!watcher.Events.TryRead(out var change))
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                idle.CancelAfter(heartbeat);
                try
                {
                    if (!await watcher.Events.WaitToReadAsync(idle.Token))
                    {
                        // The leaderboard is gone (the round was deleted or lost its stage).
                        throw ApiException.NotFound("LEADERBOARD_GONE", $"The leaderboard '{parent}' no longer exists.");
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    await stream.WriteAsync(new LeaderboardEvent { Version = held, Heartbeat = new LeaderboardHeartbeatEvent() }, cancellationToken);
                }

                continue;
            }

            // Still visible to this key? (An upheld objection can take a round back to SCORING.)
            reader.Leaderboard(parent, caller);
            if (change.Version <= held)
            {
                continue;
            }

            if (change.Message.Change.PreviousVersion == held)
            {
                await stream.WriteAsync(change.Message, cancellationToken);
                held = change.Version;
                continue;
            }

            // Not a direct successor of what the partner holds: send the difference, or a snapshot.
            var from = history.Find(held);
            var to = history.Find(change.Version) ?? history.Current!;
            await stream.WriteAsync(from is null ? to.SnapshotEvent(SnapshotReason.Resync).Message : to.ChangeFrom(from), cancellationToken);
            held = to.Version;
        }
    }

    private static ApiCaller? Caller(ServerCallContext context) => context.GetHttpContext().GetApiCaller();

    private static (string Round, string Entry) EntryName(string name, string field) =>
        ResourceNames.TryParseEntry(name, out var round, out var entry)
            ? (round, entry)
            : throw ApiException.InvalidArgument("INVALID_NAME", $"'{name}' is not an entry name: expected rounds/{{round_code}}/entries/{{entry_code}}.", field);

    private static ApiException EntryNotFound(string name, string parent) =>
        ApiException.NotFound("ENTRY_NOT_FOUND", $"'{name}' is not in the leaderboard '{parent}'.", new Dictionary<string, string> { ["entry"] = name });
}
