using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Security;

namespace Showcase.Evaluations.Services;

/// <summary>Judges read from the site's users; a judge who is no user (or a host without identity) is a judge without a unit.</summary>
internal sealed class JudgeDirectory(IServiceProvider services) : IJudgeDirectory
{
    public async Task<IReadOnlyDictionary<string, JudgeInfo>> FindAsync(IEnumerable<string> userNames, CancellationToken cancellationToken = default)
    {
        var wanted = userNames.Distinct(StringComparer.Ordinal).ToList();
        var users = services.GetService<IUserDirectory>() is { } directory && wanted.Count > 0
            ? await directory.FindAsync(wanted, cancellationToken)
            : new Dictionary<string, UserInfo>();
        return wanted.ToDictionary(
            name => name,
            name => users.TryGetValue(name, out var user) ? new JudgeInfo(name, user.DisplayName, user.UnitCode) : new JudgeInfo(name, name, ""),
            StringComparer.Ordinal);
    }
}
