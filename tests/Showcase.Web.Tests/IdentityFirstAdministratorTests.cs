using System.Net;
using System.Text.RegularExpressions;
using Shouldly;
using Showcase.Testing;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>The real built host, started twice on one data folder: the first administrator and its password.</summary>
public sealed partial class IdentityFirstAdministratorTests
{
    private static readonly Dictionary<string, string> Bare = new() { ["Showcase:SeedDemoData"] = "false" };

    [Fact]
    public async Task The_first_start_prints_the_admin_password_once_writes_it_to_the_data_folder_and_it_signs_in_and_theme_files_are_served()
    {
        var dataDir = Directory.CreateTempSubdirectory("showcase-first-admin-").FullName;
        try
        {
            string password;
            await using (var first = await ShowcaseProcess.StartAsync(Bare, dataDir))
            {
                var line = await first.WaitForOutputAsync(AdminLine());
                password = line.Groups[1].Value;
                line.Groups[2].Value.ShouldBe(Path.Combine(dataDir, "admin-password.txt"));
                (await File.ReadAllTextAsync(Path.Combine(dataDir, "admin-password.txt"))).Trim().ShouldBe(password);
                password.Length.ShouldBeGreaterThanOrEqualTo(20);

                using var browser = RealBrowser(first);
                var signIn = await browser.SignInAsync("admin", password);
                signIn.Location!.ShouldStartWith("/account/change-password");

                // The built dll runs in Production: the RCL files must still be served under /_content/{assembly}/.
                first.Output.ShouldContain("Hosting environment: Production");
                using var red = await browser.Client.GetAsync(new Uri("/_content/Showcase.Themes.Red/red.css", UriKind.Relative));
                using var admin = await browser.Client.GetAsync(new Uri("/_content/Showcase.Themes.Admin/admin.css", UriKind.Relative));
                red.StatusCode.ShouldBe(HttpStatusCode.OK);
                red.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
                (await red.Content.ReadAsStringAsync()).ShouldContain("--red:");
                admin.StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            await using var second = await ShowcaseProcess.StartAsync(Bare, dataDir);
            second.Output.ShouldNotContain("Password:");
            second.Output.ShouldNotContain(password);
            (await File.ReadAllTextAsync(Path.Combine(dataDir, "admin-password.txt"))).Trim().ShouldBe(password);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static WebSession RealBrowser(ShowcaseProcess host) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = host.WebUrl });

    [GeneratedRegex(@"Administrator 'admin' created\. Password: (\S+) \(also in (.+?); you must change it at first sign-in\)")]
    private static partial Regex AdminLine();
}
