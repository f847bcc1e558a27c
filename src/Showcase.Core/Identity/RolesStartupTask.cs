using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Hosting;
using Showcase.Abstractions.Security;
using Showcase.Core.Hosting;

namespace Showcase.Core.Identity;

/// <summary>Makes sure the built-in roles exist, before anything (a recipe, the first administrator) gives them to users.</summary>
internal sealed class RolesStartupTask(IdentityStartupCheck check, IServiceProvider services) : IStartupTask
{
    public int Order => -1000;

    public async Task RunAsync(StartupContext context, CancellationToken cancellationToken)
    {
        // On every restart they all exist: one query answers it, and the role manager is only made when one is missing.
        var missing = new List<string>();
        foreach (var role in Roles.All)
        {
            if (!await check.RoleExistsAsync(role, cancellationToken))
            {
                missing.Add(role);
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in missing)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                IdentityResults.ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        check.Forget();
    }
}
