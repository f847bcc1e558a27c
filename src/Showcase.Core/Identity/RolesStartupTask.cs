using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Security;
using Showcase.Core.Hosting;

namespace Showcase.Core.Identity;

/// <summary>Makes sure the built-in roles exist, before anything (a recipe, the first administrator) gives them to users.</summary>
internal sealed class RolesStartupTask(RoleManager<IdentityRole> roles) : IStartupTask
{
    public int Order => -1000;

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        // One query for all of them: on every restart they all exist, and each RoleExistsAsync is a round trip.
        var existing = new HashSet<string>(
            (await roles.Roles.Select(r => r.NormalizedName).ToListAsync(cancellationToken)).OfType<string>(),
            StringComparer.Ordinal);
        foreach (var role in Roles.All)
        {
            if (!existing.Contains(roles.NormalizeKey(role)) && !await roles.RoleExistsAsync(role))
            {
                IdentityResults.ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }
}
