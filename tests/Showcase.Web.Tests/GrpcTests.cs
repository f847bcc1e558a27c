using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;
using Shouldly;
using Showcase.Api.V1;
using Showcase.Testing;

namespace Showcase.Web.Tests;

/// <summary>One Showcase process and four keys made with the real <c>apikey create</c> verb, shared by the gRPC tests.</summary>
public sealed class GrpcHostFixture : IAsyncLifetime
{
    public ShowcaseProcess Host { get; private set; } = null!;

    public GrpcChannel Channel { get; private set; } = null!;

    /// <summary>catalog:read, a generous rate.</summary>
    public string ReaderKey { get; private set; } = "";

    /// <summary>leaderboards:read only.</summary>
    public string LeaderboardsOnlyKey { get; private set; } = "";

    /// <summary>catalog:read, 2 calls per minute.</summary>
    public string SlowKey { get; private set; } = "";

    /// <summary>catalog:read; revoked by a test.</summary>
    public string RevocableKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Host = await ShowcaseProcess.StartAsync(new Dictionary<string, string> { ["Showcase:SeedDemoData"] = "false" });
        var keys = await Task.WhenAll(
            CreateKeyAsync("reader", "catalog:read", 1000),
            CreateKeyAsync("leaderboards-only", "leaderboards:read", 1000),
            CreateKeyAsync("slow", "catalog:read", 2),
            CreateKeyAsync("revocable", "catalog:read", 1000));
        (ReaderKey, LeaderboardsOnlyKey, SlowKey, RevocableKey) = (keys[0], keys[1], keys[2], keys[3]);
        Channel = GrpcChannel.ForAddress(Host.GrpcUrl);
    }

    public async Task<(int ExitCode, string Output)> RunVerbAsync(params string[] arguments) =>
        await ShowcaseProcess.RunVerbAsync(Host.DataDir, arguments);

    private async Task<string> CreateKeyAsync(string name, string scopes, int rate)
    {
        var (exitCode, output) = await RunVerbAsync("apikey", "create", "--name", name, "--scopes", scopes, "--rate", rate.ToString(System.Globalization.CultureInfo.InvariantCulture));
        exitCode.ShouldBe(0, output);
        return output.TrimEnd().Split('\n')[^1].Trim();
    }

    public async Task DisposeAsync()
    {
        Channel?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}

public sealed class GrpcTests(GrpcHostFixture fixture) : IClassFixture<GrpcHostFixture>
{
    private readonly SiteService.SiteServiceClient _site = new(fixture.Channel);

    [Fact]
    public async Task Health_reports_serving_over_grpc_on_the_http2_port_without_a_key()
    {
        var response = await new Health.HealthClient(fixture.Channel).CheckAsync(new HealthCheckRequest());

        response.Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public async Task A_call_skips_the_page_middleware_but_its_answer_carries_the_security_headers()
    {
        using var call = _site.GetSiteInfoAsync(new GetSiteInfoRequest(), Key(fixture.ReaderKey));
        (await call.ResponseAsync).DisplayName.ShouldNotBeNullOrWhiteSpace();
        var headers = await call.ResponseHeadersAsync;

        headers.GetValue("x-content-type-options").ShouldBe("nosniff");
        headers.GetValue("content-security-policy").ShouldNotBeNull().ShouldContain("default-src 'self'");
        headers.GetValue("set-cookie").ShouldBeNull(); // a partner is handed no cookie
        headers.GetValue("server").ShouldBeNull();
    }

    [Fact]
    public async Task Reflection_lists_the_site_service_and_health_without_a_key()
    {
        using var call = new ServerReflection.ServerReflectionClient(fixture.Channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        (await call.ResponseStream.MoveNext(CancellationToken.None)).ShouldBeTrue();

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        services.ShouldContain("showcase.v1.SiteService");
        services.ShouldContain("grpc.health.v1.Health");
    }

    [Fact]
    public async Task A_call_without_a_key_is_unauthenticated_with_error_info_in_the_showcase_domain()
    {
        var error = await Should.ThrowAsync<RpcException>(async () => await _site.GetSiteInfoAsync(new GetSiteInfoRequest()));

        error.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        var info = error.GetRpcStatus()!.GetDetail<ErrorInfo>()!;
        info.Domain.ShouldBe("showcase");
        info.Reason.ShouldBe("API_KEY_MISSING");
    }

    [Fact]
    public async Task An_unknown_key_is_unauthenticated()
    {
        var (forged, _) = Showcase.Core.Api.ApiKeyFormat.Generate();

        var error = await Should.ThrowAsync<RpcException>(async () => await _site.GetSiteInfoAsync(new GetSiteInfoRequest(), Key(forged)));

        error.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        error.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason.ShouldBe("API_KEY_INVALID");
    }

    [Fact]
    public async Task A_key_without_the_methods_scope_is_permission_denied_naming_the_scope()
    {
        var error = await Should.ThrowAsync<RpcException>(async () => await _site.GetSiteInfoAsync(new GetSiteInfoRequest(), Key(fixture.LeaderboardsOnlyKey)));

        error.StatusCode.ShouldBe(StatusCode.PermissionDenied);
        var info = error.GetRpcStatus()!.GetDetail<ErrorInfo>()!;
        info.Domain.ShouldBe("showcase");
        info.Reason.ShouldBe("SCOPE_MISSING");
        info.Metadata["scope"].ShouldBe("catalog:read");
    }

    [Fact]
    public async Task A_key_with_the_scope_gets_the_site_name_modules_and_its_scopes()
    {
        var response = await _site.GetSiteInfoAsync(new GetSiteInfoRequest(), Key(fixture.ReaderKey));

        response.DisplayName.ShouldNotBeNullOrWhiteSpace();
        response.Modules.Select(m => m.Id).ShouldContain("Showcase.Organizations");
        response.Modules.ShouldAllBe(m => !m.Id.StartsWith("Showcase.Themes.", StringComparison.Ordinal));
        response.GrantedScopes.ShouldBe(["catalog:read"]);
    }

    [Fact]
    public async Task A_key_over_its_rate_gets_resource_exhausted_with_retry_info()
    {
        await _site.GetSiteInfoAsync(new GetSiteInfoRequest(), Key(fixture.SlowKey));
        await _site.GetSiteInfoAsync(new GetSiteInfoRequest(), Key(fixture.SlowKey));

        var error = await Should.ThrowAsync<RpcException>(async () => await _site.GetSiteInfoAsync(new GetSiteInfoRequest(), Key(fixture.SlowKey)));

        error.StatusCode.ShouldBe(StatusCode.ResourceExhausted);
        var status = error.GetRpcStatus()!;
        status.GetDetail<ErrorInfo>()!.Reason.ShouldBe("RATE_LIMIT_EXCEEDED");
        status.GetDetail<ErrorInfo>()!.Metadata["limitPerMinute"].ShouldBe("2");
        var retry = status.GetDetail<RetryInfo>()!.RetryDelay.ToTimeSpan();
        retry.ShouldBeGreaterThan(TimeSpan.Zero);
        retry.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_revoked_key_is_rejected_once_the_revocation_reaches_the_host()
    {
        await _site.GetSiteInfoAsync(new GetSiteInfoRequest(), Key(fixture.RevocableKey));

        var (exitCode, output) = await fixture.RunVerbAsync("apikey", "revoke", "--name", "revocable");
        exitCode.ShouldBe(0, output);

        // The host remembers a looked-up key for a few seconds (Showcase:Api:KeyCacheDuration); wait that out, boundedly.
        RpcException? rejection = null;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (rejection is null && DateTime.UtcNow < deadline)
        {
            try
            {
                await _site.GetSiteInfoAsync(new GetSiteInfoRequest(), Key(fixture.RevocableKey));
                await Task.Delay(250);
            }
            catch (RpcException e)
            {
                rejection = e;
            }
        }

        rejection.ShouldNotBeNull("the revoked key was still accepted after 30 s");
        rejection.StatusCode.ShouldBe(StatusCode.Unauthenticated);
        rejection.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason.ShouldBe("API_KEY_REVOKED");
    }

    private static Metadata Key(string key) => new() { { "x-api-key", key } };
}
