using Google.Protobuf.Reflection;
using Google.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Showcase.Abstractions.Data;
using Showcase.Abstractions.Events;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Modules;
using Showcase.Evaluations.Events;
using Showcase.Leaderboards.Catalog;
using Showcase.Leaderboards.Data;
using Showcase.Leaderboards.Grpc;
using Showcase.Leaderboards.Handlers;
using Showcase.Leaderboards.Jobs;
using Showcase.Leaderboards.OpenApi;
using Showcase.Leaderboards.Paging;
using Showcase.Leaderboards.Snapshots;
using Showcase.Organizations.Models;

namespace Showcase.Leaderboards;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<LeaderboardsDbContext, SqliteLeaderboardsDbContext, PostgresLeaderboardsDbContext>();
        services.AddOptions<LeaderboardsOptions>().BindConfiguration(LeaderboardsOptions.Section);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<LeaderboardStore>();
        services.AddSingleton<LeaderboardReader>();
        services.AddSingleton<PageTokenCodec>();

        // Both read only what is in memory: made once, rather than by gRPC for every call.
        services.AddSingleton<LeaderboardGrpcService>();
        services.AddSingleton<RatingGrpcService>();
        services.AddHostedService<LeaderboardRefresher>();
        services.AddScoped<IStartupTask, PageTokenKeyStartupTask>();
        services.AddScoped<PublishedBrands>();
        services.AddScoped<PublishedDemoSites>();

        services.AddScoped<RoundEventsHandler>();
        services.AddScoped<IDomainEventHandler<ScorecardSubmitted>>(sp => sp.GetRequiredService<RoundEventsHandler>());
        services.AddScoped<IDomainEventHandler<RoundStateChanged>>(sp => sp.GetRequiredService<RoundEventsHandler>());
        services.AddScoped<IDomainEventHandler<RoundDefinitionChanged>>(sp => sp.GetRequiredService<RoundEventsHandler>());
        services.AddScoped<IDomainEventHandler<ResultsPublished>>(sp => sp.GetRequiredService<RoundEventsHandler>());
        services.AddScoped<IDomainEventHandler<OrganizationUnitsChanged>, OrganizationEventsHandler>();
        services.AddScoped<INodeResync, LeaderboardsResync>();

        // Every unary method also answers as JSON over HTTP/1.1 (the routes are the protos' google.api.http rules);
        // errors keep their google.rpc details, so the JSON writer must know those types. 64-bit integers are written
        // as strings, as protobuf's JSON mapping (and the OpenAPI description) says: a JavaScript number cannot hold
        // every int64.
        services.AddGrpc().AddJsonTranscoding(o =>
        {
            o.TypeRegistry = TypeRegistry.FromMessages(ErrorInfo.Descriptor, RetryInfo.Descriptor, BadRequest.Descriptor);
            o.JsonSettings.WriteInt64sAsStrings = true;
        });
    }

    public override void MapApi(IEndpointRouteBuilder api)
    {
        api.MapGrpcService<LeaderboardGrpcService>().Add(JsonRoutes.CheckQuery);
        api.MapGrpcService<RatingGrpcService>().Add(JsonRoutes.CheckQuery);
        api.MapGrpcService<CatalogGrpcService>().Add(JsonRoutes.CheckQuery);
        api.MapGet("/v1/openapi.json", () => Microsoft.AspNetCore.Http.Results.Text(PartnerOpenApi.Json, "application/json"));
        // Last in precedence (a catch-all): an address under /v1/ that no route above takes.
        api.Map("/v1/{**rest}", JsonRoutes.NotFound);
    }
}
