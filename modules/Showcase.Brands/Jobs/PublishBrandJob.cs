using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Jobs;
using Showcase.Brands.Services;

namespace Showcase.Brands.Jobs;

/// <summary>Publishes a brand version that a manager approved for a later time, one job per brand (a new time replaces the old).</summary>
public sealed class PublishBrandJob(BrandService brands, ILogger<PublishBrandJob> logger) : IScheduledJob
{
    private const string CodeKey = "code";

    public static string Key(string brandCode) => $"brand/{brandCode}";

    public static IReadOnlyDictionary<string, string> Data(string brandCode) => new Dictionary<string, string> { [CodeKey] = brandCode };

    public async Task RunAsync(ScheduledJobContext context, CancellationToken cancellationToken)
    {
        var code = context.Get(CodeKey);
        var published = await brands.PublishScheduledAsync(code, cancellationToken);
        logger.LogInformation("Scheduled publishing of brand {Code}: {Outcome}", code, published ? "published" : "nothing to do");
    }
}
