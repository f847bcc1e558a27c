namespace Showcase.Evaluations.Services;

/// <summary>Who the judges are. A judge who is no user of the site is a judge without a unit.</summary>
public interface IJudgeDirectory
{
    Task<IReadOnlyDictionary<string, JudgeInfo>> FindAsync(IEnumerable<string> userNames, CancellationToken cancellationToken = default);
}
