using Microsoft.EntityFrameworkCore;
using Showcase.DemoSites.Data;

namespace Showcase.DemoSites.Services;

/// <summary>
/// Which sites a user is editor of, read once per scope through the scope's connection (inside a command it sees
/// the command's own changes). The access rule asks it for every page it checks.
/// </summary>
public sealed class SiteEditorsLookup(DemoSitesDbContext db)
{
    private readonly Dictionary<string, HashSet<string>> _sitesByUser = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IReadOnlySet<string>> SitesOfAsync(string userName, CancellationToken cancellationToken = default)
    {
        if (userName.Length == 0)
        {
            return new HashSet<string>();
        }

        if (!_sitesByUser.TryGetValue(userName, out var sites))
        {
            var slugs = await db.Editors.AsNoTracking()
                .Where(e => e.UserName == userName)
                .Join(db.Sites, e => e.SiteId, s => s.Id, (_, s) => s.Slug)
                .ToListAsync(cancellationToken);
            sites = new HashSet<string>(slugs, StringComparer.Ordinal);
            _sitesByUser[userName] = sites;
        }

        return sites;
    }

    /// <summary>Forgets what was read (the editors of a site changed in this scope).</summary>
    public void Forget() => _sitesByUser.Clear();
}
