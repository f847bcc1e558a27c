using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Showcase.Testing;

/// <summary>
/// The real application (its Program.cs, every module) in process on a fresh temp data folder,
/// without demo data unless asked. <see cref="WebApplicationFactory{TEntryPoint}.Services"/> starts it,
/// which migrates the database as a real start does.
/// </summary>
public class ShowcaseWebApplicationFactory<TEntryPoint>(
    IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? configureServices = null) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    public string DataDir { get; } = Directory.CreateTempSubdirectory("showcase-test-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Showcase:DataDir", DataDir);
        builder.UseSetting("Showcase:SeedDemoData", "false");
        builder.UseSetting("Showcase:WarmUpHomePage", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders());
        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
