using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Localization;
using Showcase.Core.Localization;

namespace Showcase.Core.Identity;

/// <summary>Identity's messages (password rules, user names) in the visitor's language.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedText> text) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), text["Identity.DefaultError"]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), text["Identity.PasswordMismatch"]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["Identity.PasswordTooShort", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), text["Identity.PasswordRequiresUniqueChars", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), text["Identity.PasswordRequiresNonAlphanumeric"]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), text["Identity.PasswordRequiresDigit"]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), text["Identity.PasswordRequiresLower"]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), text["Identity.PasswordRequiresUpper"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["Identity.InvalidUserName", userName ?? ""]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["Identity.DuplicateUserName", userName]);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), text["Identity.UserAlreadyInRole", role]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), text["Identity.ConcurrencyFailure"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
