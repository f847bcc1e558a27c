using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Security;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>
/// The page middleware sits in branches that gRPC calls skip (<c>ShowcasePipeline</c>). A branch's UseAuthentication
/// is not seen by WebApplication, which would then authenticate every request a second time in front of everything:
/// counted here by wrapping the authentication service.
/// </summary>
public sealed class PipelineTests : IDisposable
{
    private const string Password = "pipeline-tests-pass-1";

    private readonly ShowcaseWebFactory _web = new(services =>
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAuthenticationService>(sp => new CountingAuthentication(
            ActivatorUtilities.CreateInstance<AuthenticationService>(sp), sp.GetRequiredService<IHttpContextAccessor>()));
    });

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task A_signed_in_page_request_is_authenticated_once()
    {
        await _web.CreateUserAsync("manager", Password, roles: Roles.ProgramManager);
        using var manager = _web.NewSession();
        (await manager.SignInAsync("manager", Password)).Status.ShouldBe(HttpStatusCode.Redirect);

        using var page = await manager.Client.GetAsync(new Uri("/admin", UriKind.Relative));

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.GetValues(CountingAuthentication.Header).ShouldBe(["1"]);
    }

    /// <summary>The real authentication service, counting a request's authentications into a response header.</summary>
    private sealed class CountingAuthentication(IAuthenticationService inner, IHttpContextAccessor accessor) : IAuthenticationService
    {
        public const string Header = "X-Test-Authentications";

        public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
        {
            var count = (context.Items[Header] as int? ?? 0) + 1;
            context.Items[Header] = count;
            if (count == 1 && accessor.HttpContext == context)
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[Header] = ((int)context.Items[Header]!).ToString(CultureInfo.InvariantCulture);
                    return Task.CompletedTask;
                });
            }

            return inner.AuthenticateAsync(context, scheme);
        }

        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ChallengeAsync(context, scheme, properties);

        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ForbidAsync(context, scheme, properties);

        public Task SignInAsync(HttpContext context, string? scheme, System.Security.Claims.ClaimsPrincipal principal, AuthenticationProperties? properties) => inner.SignInAsync(context, scheme, principal, properties);

        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.SignOutAsync(context, scheme, properties);
    }
}
