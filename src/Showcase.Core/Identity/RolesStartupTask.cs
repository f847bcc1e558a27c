using Microsoft.AspNetCore.Identity;
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
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                IdentityResults.ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }
}
