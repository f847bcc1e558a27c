using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Showcase.Core.Identity;

/// <summary>Cryptographically random passwords for the first administrator and for temporary passwords.</summary>
public static class TemporaryPassword
{
    // No look-alikes (0/O, 1/l/I), so that a password read off a screen can be typed.
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "-_.!";

    /// <summary>20 characters drawn from RandomNumberGenerator, meeting <paramref name="rules"/>.</summary>
    public static string Generate(PasswordOptions rules)
    {
        var length = Math.Max(20, rules.RequiredLength);
        var alphabet = Lower + Upper + Digits + (rules.RequireNonAlphanumeric ? Symbols : "");
        while (true)
        {
            var candidate = RandomNumberGenerator.GetString(alphabet, length);
            if (Satisfies(candidate, rules))
            {
                return candidate;
            }
        }
    }

    private static bool Satisfies(string password, PasswordOptions rules) =>
        (!rules.RequireDigit || password.Any(char.IsAsciiDigit))
        && (!rules.RequireLowercase || password.Any(char.IsAsciiLetterLower))
        && (!rules.RequireUppercase || password.Any(char.IsAsciiLetterUpper))
        && (!rules.RequireNonAlphanumeric || password.Any(c => !char.IsAsciiLetterOrDigit(c)))
        && password.Distinct().Count() >= rules.RequiredUniqueChars;
}
