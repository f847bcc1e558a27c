using Microsoft.Extensions.Logging;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Jobs;

namespace Showcase.Core.Content;

/// <summary>
/// Publishes a version that a manager approved for a later time, one job per item (a new time replaces the
/// old). It finds the content type's workflow by name, so every content type shares it.
/// </summary>
public sealed class PublishContentJob(IEnumerable<IContentPublishing> publishers, ILogger<PublishContentJob> logger) : IScheduledJob
{
    private const string TypeKey = "type";
    private const string CodeKey = "code";

    public static string Key(ContentRef item) => $"content/{item.ContentType}/{item.ContentId}";

    public static IReadOnlyDictionary<string, string> Data(ContentRef item) =>
        new Dictionary<string, string> { [TypeKey] = item.ContentType, [CodeKey] = item.ContentId };

    public async Task RunAsync(ScheduledJobContext context, CancellationToken cancellationToken)
    {
        var type = context.Get(TypeKey);
        var code = context.Get(CodeKey);
        var publisher = publishers.FirstOrDefault(p => p.ContentType == type)
            ?? throw new InvalidOperationException($"No content type '{type}' is registered (its module switched off?); {code} stays unpublished.");
        var published = await publisher.PublishScheduledAsync(code, cancellationToken);
        logger.LogInformation("Scheduled publishing of {Type} {Code}: {Outcome}", type, code, published ? "published" : "nothing to do");
    }
}
