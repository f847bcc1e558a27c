using Shouldly;
using Showcase.Testing;

namespace Showcase.Web.Tests;

public sealed class HostStartTests
{
    [Fact]
    public async Task A_fresh_data_folder_gets_a_database_and_the_host_answers_healthz()
    {
        await using var host = await ShowcaseProcess.StartAsync(new Dictionary<string, string> { ["Showcase:SeedDemoData"] = "false" });

        File.Exists(Path.Combine(host.DataDir, "showcase.db")).ShouldBeTrue();
        using var http = new HttpClient();
        (await http.GetStringAsync(new Uri(host.WebUrl, "/healthz"))).ShouldBe("ok");
    }
}
