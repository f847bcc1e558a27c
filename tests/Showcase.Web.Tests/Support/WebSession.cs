using System.Net;
using System.Text.RegularExpressions;
using Shouldly;

namespace Showcase.Web.Tests.Support;

/// <summary>
/// What a browser does with the site's forms: GET the page, take the antiforgery token out of the
/// form, POST the fields with it. Cookies are kept by the client; redirects are returned, not followed.
/// </summary>
public sealed partial class WebSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public async Task<Page> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return await Page.ReadAsync(response);
    }

    /// <summary>Fills the form of <paramref name="formPage"/> (the first one carrying a token after the header's) and posts it.</summary>
    /// <param name="action">Where the form posts; default the page itself.</param>
    public async Task<Page> SubmitAsync(string formPage, IReadOnlyDictionary<string, string> fields, string? action = null, IEnumerable<KeyValuePair<string, string>>? repeated = null)
    {
        var page = await GetAsync(formPage);
        page.Status.ShouldBe(HttpStatusCode.OK, $"GET {formPage}");
        var form = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", page.AntiforgeryToken()) };
        form.AddRange(repeated ?? []);
        using var content = new FormUrlEncodedContent(form);
        using var response = await Client.PostAsync(new Uri(action ?? formPage, UriKind.Relative), content);
        return await Page.ReadAsync(response);
    }

    /// <summary>Signs in through the login page; returns where the site sent the user.</summary>
    public Task<Page> SignInAsync(string userName, string password) =>
        SubmitAsync("/account/login", new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });

    public void Dispose() => Client.Dispose();

    /// <summary>A response as the tests look at it.</summary>
    public sealed partial record Page(HttpStatusCode Status, string? Location, string Html)
    {
        public static async Task<Page> ReadAsync(HttpResponseMessage response) =>
            new(response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());

        /// <summary>The value of <c>data-layout</c> on the body: which theme's layout rendered the page.</summary>
        public string? Layout => LayoutPattern().Match(Html) is { Success: true } m ? m.Groups[1].Value : null;

        public string AntiforgeryToken()
        {
            var tokens = TokenPattern().Matches(Html);
            tokens.Count.ShouldBeGreaterThan(0, "the page has no form with an antiforgery token");
            return tokens[^1].Groups[1].Value;
        }

        [GeneratedRegex("<body[^>]*data-layout=\"([^\"]+)\"")]
        private static partial Regex LayoutPattern();

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenPattern();
    }
}
