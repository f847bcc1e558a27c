using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Core.Identity;

namespace Showcase.Evaluations.Services;

/// <summary>Judges read from the site's users (through the scope's connection, so a recipe sees the users an earlier step added).</summary>
internal sealed class JudgeDirectory(IServiceProvider services) : IJudgeDirectory
{
    public async Task<IReadOnlyDictionary<string, JudgeInfo>> FindAsync(IEnumerable<string> userNames, CancellationToken cancellationToken = default)
    {
        var wanted = userNames.Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, JudgeInfo>(StringComparer.Ordinal);
        // A host without identity (a bare test host) has no users: every judge is one without a unit.
        if (services.GetService<UserManager<ShowcaseUser>>() is { } users && wanted.Count > 0)
        {
            var normalized = wanted.Select(n => users.NormalizeName(n)).ToList();
            var rows = await users.Users.AsNoTracking()
                .Where(u => normalized.Contains(u.NormalizedUserName!))
                .Select(u => new { u.UserName, u.DisplayName, u.UnitCode })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var name = wanted.FirstOrDefault(n => string.Equals(n, row.UserName, StringComparison.OrdinalIgnoreCase)) ?? row.UserName!;
                found[name] = new JudgeInfo(name, row.DisplayName, row.UnitCode);
            }
        }

        foreach (var name in wanted)
        {
            found.TryAdd(name, new JudgeInfo(name, name, ""));
        }

        return found;
    }
}
