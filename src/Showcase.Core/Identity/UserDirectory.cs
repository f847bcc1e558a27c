using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Security;

namespace Showcase.Core.Identity;

/// <summary><see cref="IUserDirectory"/> on ASP.NET Core Identity's user store.</summary>
internal sealed class UserDirectory(UserManager<ShowcaseUser> users) : IUserDirectory
{
    public async Task<IReadOnlyDictionary<string, UserInfo>> FindAsync(IEnumerable<string> userNames, CancellationToken cancellationToken = default)
    {
        var wanted = userNames.Distinct(StringComparer.Ordinal).ToList();
        var byNormalized = wanted.GroupBy(n => users.NormalizeName(n)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var normalized = byNormalized.Keys.ToList();
        var rows = await users.Users.AsNoTracking()
            .Where(u => normalized.Contains(u.NormalizedUserName!))
            .Select(u => new { u.NormalizedUserName, u.UserName, u.DisplayName, u.UnitCode })
            .ToListAsync(cancellationToken);
        var found = new Dictionary<string, UserInfo>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var asked in byNormalized[row.NormalizedUserName!])
            {
                found[asked] = new UserInfo(row.UserName!, row.DisplayName, row.UnitCode);
            }
        }

        return found;
    }
}
