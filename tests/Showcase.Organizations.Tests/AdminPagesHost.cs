using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Shouldly;
using Showcase.Abstractions.Security;
using Showcase.Core.Content;
using Showcase.Core.Hosting;
using Showcase.Core.Identity;
using Showcase.Core.Recipes;

namespace Showcase.Organizations.Tests;

/// <summary>
/// The module's admin pages served in process: Razor Pages, localization (zh-CN default, en), the host's
/// own permission policies (Showcase.Core), and a test sign-in by header
/// (<c>X-Test-User: name;Role</c>). The layout is the test project's bare one.
/// </summary>
public sealed partial class AdminPagesHost : IAsyncLifetime
{
    private WebApplication _app = null!;

    public string DataDir { get; } = Directory.CreateTempSubdirectory("showcase-test-").FullName;

    public IServiceProvider Services => _app.Services;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Showcase:DataDir"] = DataDir, ["Showcase:SeedDemoData"] = "false" });
        builder.AddShowcaseModules(typeof(Startup).Assembly);
        builder.AddShowcasePersistence();
        builder.AddShowcaseContent();
        builder.AddShowcaseRecipes();
        builder.Services.AddLocalization();
        builder.Services.AddRazorPages().ConfigureApplicationPartManager(parts =>
        {
            // Only the module and this test project (for its layout): each with its compiled Razor items.
            parts.ApplicationParts.Clear();
            foreach (var assembly in new[] { typeof(Startup).Assembly, typeof(AdminPagesHost).Assembly })
            {
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        });
        builder.Services.AddAuthentication(TestSignIn.SchemeName).AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.SchemeName, null);
        // The real host's policies: one per declared permission, granted by role as the host grants it.
        builder.Services.AddShowcasePermissions();
        _app = builder.Build();
        await _app.PrepareShowcaseAsync(TextWriter.Null);
        _app.UseRequestLocalization(options => options.SetDefaultCulture("zh-CN").AddSupportedCultures("zh-CN", "en").AddSupportedUICultures("zh-CN", "en"));
        _app.UseRouting();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapRazorPages();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDir, recursive: true);
    }

    public async Task RunRecipeAsync(string json)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeRunner>().RunAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "test");
    }

    /// <summary>A client signed in with <paramref name="role"/> (none: anonymous), asking for <paramref name="language"/>.</summary>
    public HttpClient Client(string? role, string language = "zh-CN")
    {
        var client = _app.GetTestClient();
        client.DefaultRequestHeaders.Add("Accept-Language", language);
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(TestSignIn.Header, $"tester;{role}");
        }

        return client;
    }

    /// <summary>Posts a form the way a browser does: GET it first for the antiforgery token and cookie.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IDictionary<string, string> fields)
    {
        using var form = await client.GetAsync(url);
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await form.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html).Groups[1].Value;
        var cookies = form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token))),
        };
        request.Headers.Add("Cookie", string.Join("; ", cookies));
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private sealed class TestSignIn(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Test";
        public const string Header = "X-Test-User";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (Request.Headers[Header].FirstOrDefault()?.Split(';') is not [var name, var role])
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
