using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Showcase.Testing;

/// <summary>
/// A judge's browser-like client on a running host: signs in through the login form (cookies kept), takes the
/// antiforgery token from <c>GET /rounds/{code}/scorecards/token</c> and posts scorecards as JSON, as the judging
/// screens' script does.
/// </summary>
public sealed partial class JudgeClient : IDisposable
{
    private readonly HttpClient _http;
    private string _token = "";

    private JudgeClient(HttpClient http) => _http = http;

    public static async Task<JudgeClient> SignInAsync(Uri site, string userName, string password, string roundCode)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true, MaxConnectionsPerServer = 4 };
        var client = new JudgeClient(new HttpClient(handler) { BaseAddress = site, Timeout = TimeSpan.FromSeconds(60) });
        var login = await client._http.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = TokenPattern().Match(login).Groups[1].Value,
        });
        using var signedIn = await client._http.PostAsync(new Uri("/account/login", UriKind.Relative), form);
        if (signedIn.StatusCode != HttpStatusCode.Redirect || signedIn.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"{userName} could not sign in: {signedIn.StatusCode}");
        }

        var answer = await client._http.GetFromJsonAsync<JsonObject>(new Uri($"/rounds/{roundCode}/scorecards/token", UriKind.Relative));
        client._token = (string)answer!["token"]!;
        return client;
    }

    /// <summary>Posts one scorecard; the answer is the caller's to dispose. Throws when the connection fails.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string roundCode, string stage, string entry, IReadOnlyDictionary<string, decimal> scores, string key, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/rounds/{roundCode}/scorecards", UriKind.Relative))
        {
            Content = JsonContent.Create(new { stage, entry, scores, key }),
        };
        request.Headers.Add("RequestVerificationToken", _token);
        return await _http.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// A POST that asks for no work, through the same client and connection pool, with the same headers and a body of the
    /// same size as a scorecard: the baseline of a benchmark.
    /// </summary>
    public async Task<HttpResponseMessage> PostEmptyAsync(Uri address, object body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", _token);
        return await _http.SendAsync(request, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
