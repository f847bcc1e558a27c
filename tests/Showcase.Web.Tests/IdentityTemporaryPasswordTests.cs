using Microsoft.AspNetCore.Identity;
using Shouldly;
using Showcase.Core.Identity;

namespace Showcase.Web.Tests;

public sealed class IdentityTemporaryPasswordTests
{
    [Fact]
    public void Generated_passwords_differ_and_meet_the_password_rules()
    {
        var rules = new PasswordOptions { RequiredLength = 10, RequireDigit = true, RequireLowercase = true, RequireUppercase = true, RequireNonAlphanumeric = true, RequiredUniqueChars = 6 };

        var passwords = Enumerable.Range(0, 200).Select(_ => TemporaryPassword.Generate(rules)).ToList();

        passwords.Distinct().Count().ShouldBe(200);
        passwords.ShouldAllBe(p => p.Length >= 20 && p.Any(char.IsAsciiDigit) && p.Any(char.IsAsciiLetterLower) && p.Any(char.IsAsciiLetterUpper) && p.Any(c => !char.IsAsciiLetterOrDigit(c)));
        passwords.ShouldAllBe(p => !p.Contains('0') && !p.Contains('O') && !p.Contains('l') && !p.Contains('1') && !p.Contains('I'));
    }
}
