using Microsoft.AspNetCore.Builder;
using Shouldly;
using Showcase.Core.Hosting;
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

    [Fact]
    public void The_host_finds_the_modules_and_themes_it_references_by_their_manifests()
    {
        var catalog = WebApplication.CreateBuilder().AddShowcaseModules();

        var ids = catalog.Modules.Select(m => m.Id).ToList();
        ids.ShouldContain("Showcase.Organizations");
        ids.ShouldContain("Showcase.Themes.Admin");
        ids.ShouldContain("Showcase.Themes.Red");
        catalog.Themes.Single(t => t.Theme!.IsAdmin).Id.ShouldBe("Showcase.Themes.Admin");
    }
}
