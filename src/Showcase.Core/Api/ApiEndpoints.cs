using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Showcase.Abstractions.Api;
using Showcase.Abstractions.Hosting;
using Showcase.Core.Hosting;

namespace Showcase.Core.Api;

/// <summary>
/// The partner API's endpoints (the gRPC services, health and reflection, and the JSON routes under <c>/v1/</c>), mapped
/// once the start's background work may begin (<see cref="IBackgroundStartGate"/>: after the first response, or a second
/// after the start), on a thread-pool thread. Binding the services and their JSON transcoding cost a start about 60 ms on
/// its main thread and as much again beside it, before the first page, which needs none of it.
/// </summary>
/// <remarks>
/// Until they are mapped, <see cref="ApiStartingMiddleware.UseApiStarting"/> answers every gRPC call and every address
/// under <c>/v1/</c> with UNAVAILABLE (reason <c>API_STARTING</c>) and a one-second retry delay, as the leaderboards
/// already answer while they load after a start. Routing then reads the new endpoints through this source's change token.
/// </remarks>
public sealed partial class ApiEndpoints(IBackgroundStartGate gate, IHostApplicationLifetime lifetime, ILogger<ApiEndpoints> logger, StartupTimeline? timeline = null)
    : EndpointDataSource, IDisposable
{
    public const string Starting = "API_STARTING";

    private readonly List<Action<IEndpointRouteBuilder>> _maps = [];
    private readonly CancellationTokenSource _changed = new();
    private readonly TaskCompletionSource _mapped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IReadOnlyList<Endpoint> _endpoints = [];
    private int _scheduled;

    /// <summary>Completes once the API's endpoints are mapped and routed to.</summary>
    public Task Mapped => _mapped.Task;

    public bool IsMapped => _mapped.Task.IsCompletedSuccessfully;

    public override IReadOnlyList<Endpoint> Endpoints => Volatile.Read(ref _endpoints);

    public override IChangeToken GetChangeToken() => IsMapped ? NullChangeToken.Singleton : new CancellationChangeToken(_changed.Token);

    /// <summary>Adds a part of the API to map; every part is added while the host is built, before it starts.</summary>
    public void Add(Action<IEndpointRouteBuilder> map)
    {
        lock (_maps)
        {
            if (Volatile.Read(ref _scheduled) == 2)
            {
                throw new InvalidOperationException("The partner API is mapped already; its parts are added while the host is built.");
            }

            _maps.Add(map);
        }
    }

    /// <summary>Joins <paramref name="app"/>'s routing and maps the API's parts into it once the gate opens (once).</summary>
    public void MapWhenStarted(IEndpointRouteBuilder app)
    {
        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) != 0)
        {
            return;
        }

        app.DataSources.Add(this);
        _ = Task.Run(async () =>
        {
            try
            {
                await gate.WaitAsync(lifetime.ApplicationStopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            Map(app);
        });
    }

    private void Map(IEndpointRouteBuilder app)
    {
        try
        {
            timeline?.BeginLane("api");
            var builder = new ApiRouteBuilder(app);
            List<Action<IEndpointRouteBuilder>> maps;
            lock (_maps)
            {
                Volatile.Write(ref _scheduled, 2);
                maps = [.. _maps];
            }

            foreach (var map in maps)
            {
                map(builder);
            }

            var endpoints = builder.DataSources.SelectMany(source => source.Endpoints).ToList();
            Volatile.Write(ref _endpoints, endpoints);
            _mapped.TrySetResult();
            _changed.Cancel();
            timeline?.Mark($"partner API mapped ({endpoints.Count} endpoints)");
        }
        catch (Exception exception)
        {
            // A fault in mapping code: the API keeps answering UNAVAILABLE, and the log says why.
            LogNotMapped(logger, exception);
            _mapped.TrySetException(exception);
        }
    }

    public void Dispose() => _changed.Dispose();

    [LoggerMessage(Level = LogLevel.Error, Message = "The partner API could not be mapped; its calls are answered UNAVAILABLE.")]
    private static partial void LogNotMapped(ILogger logger, Exception exception);

    /// <summary>The API's own routing builder: its data sources are joined to the host's by <see cref="ApiEndpoints"/>.</summary>
    private sealed class ApiRouteBuilder(IEndpointRouteBuilder app) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider => app.ServiceProvider;

        public ICollection<EndpointDataSource> DataSources { get; } = new List<EndpointDataSource>();

        public IApplicationBuilder CreateApplicationBuilder() => app.CreateApplicationBuilder();
    }
}

public static class ApiStartingMiddleware
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>Answers the API's calls UNAVAILABLE with a retry delay until <see cref="ApiEndpoints"/> are mapped.</summary>
    public static IApplicationBuilder UseApiStarting(this IApplicationBuilder app)
    {
        var api = app.ApplicationServices.GetService<ApiEndpoints>();
        if (api is null)
        {
            return app;
        }

        return app.Use((context, next) =>
        {
            if (api.IsMapped)
            {
                return next(context);
            }

            if (GrpcCall.Is(context))
            {
                return WriteGrpcAsync(context);
            }

            return context.Request.Path.StartsWithSegments("/v1") ? WriteJsonAsync(context) : next(context);
        });
    }

    private static Google.Rpc.Status StartingStatus() => new()
    {
        Code = (int)Code.Unavailable,
        Message = "The API is starting; try again in a moment.",
        Details =
        {
            Any.Pack(new ErrorInfo { Reason = ApiEndpoints.Starting, Domain = ApiException.Domain }),
            Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(RetryDelay) }),
        },
    };

    // A trailers-only response, as a gRPC server ends a call that fails before it sends a message.
    private static Task WriteGrpcAsync(HttpContext context)
    {
        var status = StartingStatus();
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = status.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(status.Message);
        context.Response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray()).TrimEnd('=');
        return Task.CompletedTask;
    }

    private static Task WriteJsonAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ((int)RetryDelay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(Json.Formatter.Format(StartingStatus()), context.RequestAborted);
    }

    /// <summary>Made on the first JSON answer, not when the pipeline is built at start.</summary>
    private static class Json
    {
        public static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(
            Google.Protobuf.Reflection.TypeRegistry.FromMessages(ErrorInfo.Descriptor, RetryInfo.Descriptor)));
    }
}
