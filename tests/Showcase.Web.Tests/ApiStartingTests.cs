using System.Net;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Core.Api;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>
/// The partner API is mapped once the start is over (the first response, or a second after the start without one);
/// until then its gRPC calls and JSON routes are answered UNAVAILABLE with a retry delay, as while the leaderboards load.
/// </summary>
public sealed class ApiStartingTests
{
    [Fact]
    public async Task Until_the_first_response_the_api_answers_unavailable_with_a_retry_delay_and_then_it_answers()
    {
        await using var factory = new ShowcaseWebApplicationFactory<Program>(new Dictionary<string, string> { ["Showcase:BackgroundStartDelay"] = "00:10:00" });
        var api = factory.Services.GetRequiredService<ApiEndpoints>();
        using var channel = GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = factory.Server.CreateHandler() });
        var health = new Health.HealthClient(channel);

        await Task.Delay(TimeSpan.FromMilliseconds(300));
        api.IsMapped.ShouldBeFalse("nothing has been answered yet");

        // gRPC: UNAVAILABLE, with the reason and a retry delay in google.rpc.Status, as the API's other errors carry them.
        var refused = await Should.ThrowAsync<RpcException>(async () => await health.CheckAsync(new HealthCheckRequest()));
        refused.StatusCode.ShouldBe(StatusCode.Unavailable);
        var status = Google.Rpc.Status.Parser.ParseFrom(refused.Trailers.GetValueBytes("grpc-status-details-bin"));
        status.Details.Single(d => d.Is(ErrorInfo.Descriptor)).Unpack<ErrorInfo>().Reason.ShouldBe(ApiEndpoints.Starting);
        status.Details.Single(d => d.Is(RetryInfo.Descriptor)).Unpack<RetryInfo>().RetryDelay.ToTimeSpan().ShouldBe(TimeSpan.FromSeconds(1));

        // That answer was the host's first: the API is mapped now, and answers.
        await api.Mapped.WaitAsync(TimeSpan.FromSeconds(30));
        (await health.CheckAsync(new HealthCheckRequest())).Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public async Task A_json_route_is_answered_503_with_retry_after_until_the_api_is_mapped()
    {
        await using var factory = new ShowcaseWebApplicationFactory<Program>(new Dictionary<string, string> { ["Showcase:BackgroundStartDelay"] = "00:10:00" });
        var api = factory.Services.GetRequiredService<ApiEndpoints>();
        using var client = factory.CreateClient();

        using (var starting = await client.GetAsync(new Uri("/v1/rounds", UriKind.Relative)))
        {
            starting.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            starting.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
            using var body = JsonDocument.Parse(await starting.Content.ReadAsStringAsync());
            body.RootElement.GetProperty("code").GetInt32().ShouldBe((int)Code.Unavailable);
            body.RootElement.GetProperty("details")[0].GetProperty("reason").GetString().ShouldBe(ApiEndpoints.Starting);
        }

        await api.Mapped.WaitAsync(TimeSpan.FromSeconds(30));
        using var mapped = await client.GetAsync(new Uri("/v1/rounds", UriKind.Relative));
        mapped.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the route is there now, and wants a key");

        // The pages never waited for it.
        (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Without_a_request_the_api_is_mapped_after_the_delay()
    {
        await using var factory = new ShowcaseWebApplicationFactory<Program>(new Dictionary<string, string> { ["Showcase:BackgroundStartDelay"] = "00:00:00.300" });

        await factory.Services.GetRequiredService<ApiEndpoints>().Mapped.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
