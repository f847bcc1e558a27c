using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Showcase.Abstractions.Security;

namespace Showcase.Core.Identity;

/// <summary>
/// Turns every <see cref="Permission"/> of every registered <see cref="IPermissionProvider"/> into an
/// authorization policy of the same name, so that a module writes <c>[Authorize(Policy = "ManageOrganizations")]</c>.
/// </summary>
internal sealed class PermissionPolicies(IServiceScopeFactory scopes) : IConfigureOptions<AuthorizationOptions>
{
    public void Configure(AuthorizationOptions options)
    {
        // A scope, so that providers may be registered with any lifetime.
        using var scope = scopes.CreateScope();
        var declared = new Dictionary<string, IPermissionProvider>(StringComparer.Ordinal);
        foreach (var provider in scope.ServiceProvider.GetServices<IPermissionProvider>())
        {
            foreach (var permission in provider.GetPermissions())
            {
                if (!declared.TryAdd(permission.Name, provider))
                {
                    if (declared[permission.Name].GetType() == provider.GetType())
                    {
                        continue;
                    }

                    throw new InvalidOperationException($"Permission '{permission.Name}' is declared twice: by {declared[permission.Name].GetType().FullName} and {provider.GetType().FullName}.");
                }

                options.AddPolicy(permission.Name, policy => policy
                    .RequireAuthenticatedUser()
                    .AddRequirements(new PermissionRequirement(permission)));
            }
        }
    }
}

public static class PermissionServiceCollectionExtensions
{
    /// <summary>Permissions as policies, the role-based grant and the core's own permissions.</summary>
    public static IServiceCollection AddShowcasePermissions(this IServiceCollection services)
    {
        services.AddAuthorization();
        services.AddSingleton<IConfigureOptions<AuthorizationOptions>, PermissionPolicies>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IPermissionProvider, CorePermissions>();
        return services;
    }
}
