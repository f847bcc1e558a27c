using Microsoft.Extensions.Logging;
using Quartz;
using Showcase.Brands.Services;

namespace Showcase.Brands.Jobs;

/// <summary>Publishes a brand version that a manager approved for a later time.</summary>
[DisallowConcurrentExecution]
public sealed class PublishBrandJob(BrandService brands, ILogger<PublishBrandJob> logger) : IJob
{
    public const string CodeKey = "code";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var code = context.MergedJobDataMap.GetString(CodeKey) ?? "";
        var published = await brands.PublishScheduledAsync(code, cancellationToken);
        logger.LogInformation("Scheduled publishing of brand {Code}: {Outcome}", code, published ? "published" : "nothing to do");
    }
}
