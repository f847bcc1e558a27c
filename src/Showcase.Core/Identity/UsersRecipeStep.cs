using Microsoft.AspNetCore.Identity;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Recipes;
using Showcase.Abstractions.Security;

namespace Showcase.Core.Identity;

/// <summary>
/// The <c>users</c> recipe step (RECIPES.md): creates or updates users by <c>userName</c>, with display
/// name, roles and unit. No passwords, except <c>passwordFromEnv</c> for test setups: a user without one
/// cannot sign in until an administrator sets a temporary password. Every user is checked before any is
/// written, and a later run updates what changed.
/// </summary>
internal sealed class UsersRecipeStep(UserManager<ShowcaseUser> users, RoleManager<IdentityRole> roles, IAuditLog audit)
    : RecipeStep<IReadOnlyList<UsersRecipeStep.UserEntry>>
{
    public override string Name => "users";

    internal sealed record UserEntry(string UserName, string DisplayName, string Unit, IReadOnlyList<string> Roles, string? PasswordVariable, RecipeObject Source);

    protected override IReadOnlyList<UserEntry> Read(RecipeObject step)
    {
        var entries = step.RequiredArray("users", ReadUser);
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (!seen.TryAdd(entry.UserName, entry.Source.Path))
            {
                throw entry.Source.Error("userName", $"'{entry.UserName}' is already listed at {seen[entry.UserName]}.");
            }
        }

        return entries;
    }

    private UserEntry ReadUser(RecipeObject user)
    {
        var userName = user.RequiredString("userName").Trim();
        var allowed = users.Options.User.AllowedUserNameCharacters;
        if (userName.Length > 256 || userName.Any(c => !allowed.Contains(c, StringComparison.Ordinal)))
        {
            throw user.Error("userName", $"'{userName}' may only use letters, digits and - . _ @ (at most 256 characters).");
        }

        var displayName = user.OptionalString("displayName", 100)?.Trim() is { Length: > 0 } name ? name : userName;
        var unit = user.OptionalString("unit", 64)?.Trim() ?? "";
        var roleNames = new List<string>();
        var listed = user.OptionalStrings("roles");
        for (var i = 0; i < listed.Count; i++)
        {
            if (!Roles.All.Contains(listed[i]))
            {
                throw new RecipeException($"{user.PathOf("roles")}[{i}]", $"'{listed[i]}' is not a role; roles are {string.Join(", ", Roles.All)}.");
            }

            if (!roleNames.Contains(listed[i]))
            {
                roleNames.Add(listed[i]);
            }
        }

        var variable = user.OptionalString("passwordFromEnv");
        if (variable is not null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            throw user.Error("passwordFromEnv", $"the environment variable '{variable}' is not set.");
        }

        return new UserEntry(userName, displayName, unit, roleNames, variable, user);
    }

    protected override async Task<string> ApplyAsync(IReadOnlyList<UserEntry> entries, RecipeStepContext context, CancellationToken cancellationToken)
    {
        // Passwords are checked by Identity's validators, which are asynchronous: all of them before anything is written.
        var passwords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries.Where(e => e.PasswordVariable is not null))
        {
            var password = Environment.GetEnvironmentVariable(entry.PasswordVariable!)!;
            var probe = new ShowcaseUser { UserName = entry.UserName };
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, probe, password);
                if (!result.Succeeded)
                {
                    throw entry.Source.Error("passwordFromEnv", $"the password in '{entry.PasswordVariable}' is not accepted: {IdentityResults.Describe(result)}");
                }
            }

            passwords[entry.UserName] = password;
        }

        // The CLI may run a recipe before the host ever started (and created the roles).
        foreach (var role in entries.SelectMany(e => e.Roles).Distinct())
        {
            if (!await roles.RoleExistsAsync(role))
            {
                IdentityResults.ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        var created = 0;
        foreach (var entry in entries)
        {
            created += await ApplyAsync(entry, passwords.GetValueOrDefault(entry.UserName), context.RecipeName) ? 1 : 0;
        }

        return $"{entries.Count} users: {created} added, {entries.Count - created} updated or unchanged";
    }

    /// <returns>true when the user was created.</returns>
    private async Task<bool> ApplyAsync(UserEntry entry, string? password, string recipe)
    {
        var user = await users.FindByNameAsync(entry.UserName);
        var created = user is null;
        if (user is null)
        {
            user = new ShowcaseUser { UserName = entry.UserName, DisplayName = entry.DisplayName, UnitCode = entry.Unit };
            IdentityResults.ThrowIfFailed(
                password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password),
                $"create user {entry.UserName}");
        }
        else
        {
            user.DisplayName = entry.DisplayName;
            user.UnitCode = entry.Unit;
            IdentityResults.ThrowIfFailed(await users.UpdateAsync(user), $"update user {entry.UserName}");
            if (password is not null && !await users.CheckPasswordAsync(user, password))
            {
                await users.RemovePasswordAsync(user);
                IdentityResults.ThrowIfFailed(await users.AddPasswordAsync(user, password), $"set the password of {entry.UserName}");
            }
        }

        var current = await users.GetRolesAsync(user);
        var remove = current.Except(entry.Roles).ToList();
        var add = entry.Roles.Except(current).ToList();
        if (remove.Count > 0)
        {
            IdentityResults.ThrowIfFailed(await users.RemoveFromRolesAsync(user, remove), $"change the roles of {entry.UserName}");
        }

        if (add.Count > 0)
        {
            IdentityResults.ThrowIfFailed(await users.AddToRolesAsync(user, add), $"change the roles of {entry.UserName}");
        }

        await audit.WriteAsync($"recipe:{recipe}", created ? "user.create" : "user.update", $"user/{entry.UserName}",
            $"roles: {string.Join(",", entry.Roles)}; unit: {entry.Unit}");
        return created;
    }
}
