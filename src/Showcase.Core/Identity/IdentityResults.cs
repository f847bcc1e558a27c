using Microsoft.AspNetCore.Identity;

namespace Showcase.Core.Identity;

internal static class IdentityResults
{
    /// <summary>For steps that cannot fail unless something is broken: turns a failed result into an exception naming the step.</summary>
    public static void ThrowIfFailed(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {Describe(result)}");
        }
    }

    public static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
