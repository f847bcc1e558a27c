using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Security;
using Showcase.Core.Themes;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>
/// Every endpoint the host maps, asked for by an anonymous visitor and by a user of each role: the status each gets
/// follows from the endpoint's policies and the roles the permissions name, and every answer carries the security
/// headers. A new page or endpoint is covered without touching this test.
/// </summary>
public sealed class EndpointAccessTests(ShowcaseWebFactory host) : IClassFixture<ShowcaseWebFactory>, IAsyncLifetime
{
    private const string Password = "endpoint-pass-11";

    public async Task InitializeAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await host.UserExistsAsync(UserOf(role)))
            {
                await host.CreateUserAsync(UserOf(role), Password, roles: role);
            }
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_mapped_get_endpoint_answers_each_caller_as_its_policies_say_with_the_security_headers()
    {
        var endpoints = await GetEndpointsAsync();
        endpoints.Count.ShouldBeGreaterThan(20, "the enumeration found the host's pages and endpoints");
        var permissions = host.Services.GetServices<IPermissionProvider>().SelectMany(p => p.GetPermissions()).ToDictionary(p => p.Name, p => p.DefaultRoles);
        var failures = new List<string>();
        var checkedAnswers = 0;

        foreach (var caller in new string?[] { null }.Concat(Roles.All))
        {
            using var session = host.NewSession();
            if (caller is not null)
            {
                (await session.SignInAsync(UserOf(caller), Password)).Location.ShouldBe("/admin", $"{caller} signs in");
            }

            foreach (var endpoint in endpoints)
            {
                var path = SamplePath(endpoint.RoutePattern);
                using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative));
                checkedAnswers++;
                var status = (int)response.StatusCode;
                var html = await response.Content.ReadAsStringAsync();
                // Every refusal is the host's page in the admin theme, with a way back.
                var themedRefusal = status == 403 && html.Contains("data-layout=\"admin\"", StringComparison.Ordinal) && html.Contains("href=\"/admin\"", StringComparison.Ordinal);
                var who = caller ?? "anonymous";
                var expected = Expect(endpoint, caller, permissions);
                switch (expected)
                {
                    case Expectation.SignIn when status != 302 || response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) != true:
                        failures.Add($"{who} GET {path}: {status}, expected a redirect to the sign-in page");
                        break;
                    case Expectation.Forbidden when !themedRefusal:
                        failures.Add($"{who} GET {path}: {status}, expected the 403 page");
                        break;
                    // A page may check more than its policy (who may create brands); it refuses with the same page.
                    case Expectation.Allowed when status == 403 && !themedRefusal:
                        failures.Add($"{who} GET {path}: 403 that is not the refusal page");
                        break;
                    case Expectation.Allowed when status is 401 or >= 500:
                        failures.Add($"{who} GET {path}: {status}, expected the page (200, a redirect or 404 for a sample that does not exist)");
                        break;
                }

                failures.AddRange(HeaderProblems(response, endpoint).Select(problem => $"{who} GET {path}: {problem}"));
            }
        }

        checkedAnswers.ShouldBe(endpoints.Count * (Roles.All.Count + 1));
        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    [Fact]
    public async Task The_enumeration_sees_admin_pages_public_pages_and_plain_endpoints()
    {
        var patterns = (await GetEndpointsAsync()).Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToList();

        patterns.ShouldContain("/admin");
        patterns.ShouldContain("/admin/users");
        patterns.ShouldContain("/admin/audit");
        patterns.ShouldContain("/brands");
        patterns.ShouldContain("/healthz");
        patterns.ShouldContain("/robots.txt");
    }

    [Fact]
    public async Task A_page_is_served_with_the_policies_of_its_page_model_before_and_after_the_pages_are_loaded_in_the_background()
    {
        // A host of its own: no page of it has been asked for yet.
        await using var fresh = new ShowcaseWebFactory();
        var mapped = AdminUsers(fresh);
        var page = mapped.Metadata.GetMetadata<PageActionDescriptor>().ShouldNotBeNull();
        page.ShouldNotBeOfType<CompiledPageActionDescriptor>("pages are loaded on first match, not at start");
        mapped.Metadata.GetOrderedMetadata<IAuthorizeData>().ShouldBeEmpty("the mapped endpoint has only its route");
        var policies = (await ServedAsync(fresh, mapped)).Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => (a.Policy, a.Roles)).ToList();
        policies.ShouldNotBeEmpty("the page is served with its page model's policies");

        using (var session = fresh.NewSession())
        {
            using var first = await session.Client.GetAsync(new Uri("/admin/users", UriKind.Relative));
            first.StatusCode.ShouldBe(HttpStatusCode.Redirect, "an anonymous visitor is sent to sign in by the page loaded on first match");
        }

        // The first answer has the other pages loaded in the background, and the endpoints made again from them.
        await fresh.Services.GetRequiredService<PageLoadingAfterStart>().Loaded.WaitAsync(TimeSpan.FromSeconds(60));
        var endpoints = fresh.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        endpoints.Where(e => PageLoadingOnFirstMatch.IsUnloadedPage(e, out _))
            .Select(e => e.DisplayName).ShouldBeEmpty("every page's endpoint is now its full one");
        fresh.Services.GetServices<MatcherPolicy>().OfType<PageLoadingOnFirstMatch>().Single()
            .AppliesToEndpoints(endpoints).ShouldBeFalse("routing no longer loads pages");
        var full = AdminUsers(fresh);
        full.Metadata.GetMetadata<PageActionDescriptor>().ShouldBeOfType<CompiledPageActionDescriptor>();
        full.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => (a.Policy, a.Roles)).ShouldBe(policies, ignoreOrder: true);

        using (var session = fresh.NewSession())
        {
            using var again = await session.Client.GetAsync(new Uri("/admin/users", UriKind.Relative));
            again.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the full endpoint sends an anonymous visitor to sign in as well");
        }
    }

    [Fact]
    public void Every_minimal_api_endpoint_runs_a_request_delegate_generated_at_build_time()
    {
        // A handler mapped with MapGet/MapPost names its method in the endpoint's metadata. In a project with the request
        // delegate generator on, the build intercepts the call and the endpoint runs generated code; elsewhere
        // ASP.NET Core compiles an expression tree for it whenever the endpoints are built, at every start.
        var handlers = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<MethodInfo>() is not null && e.Metadata.GetMetadata<ActionDescriptor>() is null)
            .Where(e => !e.Metadata.Any(m => m.GetType().FullName?.StartsWith("Grpc.", StringComparison.Ordinal) == true))
            // The product's, not those this test host adds (its theme test pages).
            .Where(e => e.Metadata.GetMetadata<MethodInfo>()!.Module.Assembly.GetName().Name is { } name && !name.Contains("Test", StringComparison.Ordinal))
            .ToList();

        handlers.Select(e => e.RoutePattern.RawText).ShouldContain("/robots.txt");
        handlers.Select(e => e.RoutePattern.RawText).ShouldContain("/rounds/{code}/scorecards");
        handlers.Where(e => e.RequestDelegate?.Method.DeclaringType?.Namespace?.StartsWith("Microsoft.AspNetCore.Http.Generated", StringComparison.Ordinal) != true)
            .Select(e => $"{e.DisplayName} ({e.RequestDelegate?.Method.DeclaringType?.FullName})")
            .ShouldBeEmpty();
    }

    private static RouteEndpoint AdminUsers(ShowcaseWebFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText?.TrimStart('/') == "admin/users");

    // Until the pages are loaded after the first answer, a page's endpoint is mapped from its route; the one requests are
    // served by (with its page model's attributes) is loaded on first match. The expectations come from that one.
    private static async Task<RouteEndpoint> ServedAsync(ShowcaseWebFactory factory, RouteEndpoint endpoint) =>
        PageLoadingOnFirstMatch.IsUnloadedPage(endpoint, out var page)
            ? (RouteEndpoint)(await factory.Services.GetRequiredService<PageLoader>().LoadAsync(page, endpoint.Metadata)).Endpoint!
            : endpoint;

    private async Task<List<RouteEndpoint>> GetEndpointsAsync()
    {
        var served = new List<RouteEndpoint>();
        foreach (var endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            served.Add(await ServedAsync(host, endpoint));
        }

        return OnePerGetRoute(served);
    }

    private static List<RouteEndpoint> OnePerGetRoute(IEnumerable<RouteEndpoint> endpoints) =>
        endpoints
            .Where(e => e.RoutePattern.RawText is not null)
            // gRPC methods are POSTs over HTTP/2 on their own port; the partner API's tests cover them.
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Where(e => !e.Metadata.Any(m => m.GetType().FullName?.StartsWith("Grpc.", StringComparison.Ordinal) == true))
            .GroupBy(e => e.RoutePattern.RawText!.TrimStart('/'), StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal)
            .ToList();

    private static Expectation Expect(RouteEndpoint endpoint, string? role, Dictionary<string, string[]> permissions)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Expectation.Allowed;
        }

        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        if (policies.Count == 0)
        {
            return Expectation.Allowed;
        }

        if (role is null)
        {
            return Expectation.SignIn;
        }

        var allowed = role == Roles.Administrator || policies.All(p =>
            string.IsNullOrEmpty(p.Policy) || (permissions.TryGetValue(p.Policy, out var roles) && roles.Contains(role)));
        return allowed ? Expectation.Allowed : Expectation.Forbidden;
    }

    private static IEnumerable<string> HeaderProblems(HttpResponseMessage response, RouteEndpoint endpoint)
    {
        string? Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;

        if (Header("X-Content-Type-Options") != "nosniff")
        {
            yield return "no X-Content-Type-Options: nosniff";
        }

        if (Header("Referrer-Policy") != "strict-origin-when-cross-origin")
        {
            yield return "no Referrer-Policy: strict-origin-when-cross-origin";
        }

        if (Header("Server") is not null)
        {
            yield return "a Server header";
        }

        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var csp = Header("Content-Security-Policy") ?? "";
            var framable = endpoint.Metadata.GetMetadata<AllowFramingAttribute>() is not null;
            if (!csp.Contains("script-src 'self'", StringComparison.Ordinal) || csp.Contains("unsafe-inline", StringComparison.Ordinal) || csp.Contains("unsafe-eval", StringComparison.Ordinal))
            {
                yield return $"no strict Content-Security-Policy ({csp})";
            }

            if (!framable && (!csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal) || Header("X-Frame-Options") != "DENY"))
            {
                yield return "a page not meant to be framed may be framed";
            }

            if (Header("Permissions-Policy")?.Contains("camera=()", StringComparison.Ordinal) != true)
            {
                yield return "no Permissions-Policy";
            }
        }
    }

    /// <summary>The route with a sample value in each parameter (values that do not exist: the answer is then 404).</summary>
    private static string SamplePath(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => SampleValue(parameter),
                    _ => "",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string SampleValue(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") ? "404"
        : parameter.Name switch
        {
            "variant" => "thumb.jpg",
            "id" => "0123456789abcdef0123456789abcdef",
            _ => "NO-SUCH-1",
        };

    private static string UserOf(string role) => "endpoint-" + role.ToLowerInvariant();

    private enum Expectation
    {
        Allowed,
        SignIn,
        Forbidden,
    }
}
