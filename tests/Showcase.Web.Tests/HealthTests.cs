using System.Net;
using System.Text.Json;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Shouldly;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>A host started with JSON logs and the console telemetry exporter.</summary>
public sealed class HealthHostFixture : IAsyncLifetime
{
    public ShowcaseProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await ShowcaseProcess.StartAsync(new Dictionary<string, string>
        {
            ["Showcase:SeedDemoData"] = "false",
            ["Showcase:Telemetry:LogFormat"] = "Json",
            ["Showcase:Telemetry:Exporter"] = "Console",
        });

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}

public sealed class HealthTests(HealthHostFixture fixture) : IClassFixture<HealthHostFixture>
{
    [Fact]
    public async Task The_web_port_answers_healthz_ok_over_http_1_1()
    {
        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version11, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };

        using var response = await http.GetAsync(new Uri(fixture.Host.WebUrl, "/healthz"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Version.ShouldBe(HttpVersion.Version11);
        (await response.Content.ReadAsStringAsync()).ShouldBe("ok");
    }

    [Fact]
    public async Task The_grpc_port_reports_serving_over_http_2()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Host.GrpcUrl);

        var response = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());

        response.Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public void Logs_are_one_json_object_per_line_when_configured()
    {
        var logLines = fixture.Host.Output.Split('\n')
            .Where(l => l.StartsWith("{\"", StringComparison.Ordinal))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToList();

        logLines.ShouldContain(l => l.GetProperty("Category").GetString() == "Microsoft.Hosting.Lifetime" && l.GetProperty("LogLevel").GetString() == "Information");
    }

    [Fact]
    public async Task Grpc_calls_are_traced_to_the_configured_console_exporter()
    {
        using var channel = GrpcChannel.ForAddress(fixture.Host.GrpcUrl);
        await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());

        // The exporter writes a span when it ends, which may be just after the response reached us.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!fixture.Host.Output.Contains("grpc.health.v1.Health/Check", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        fixture.Host.Output.ShouldContain("Activity.DisplayName:");
        fixture.Host.Output.ShouldContain("grpc.health.v1.Health/Check");
    }
}
