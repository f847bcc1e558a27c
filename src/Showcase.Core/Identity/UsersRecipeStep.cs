using System.Text.Json;
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
internal sealed class UsersRecipeStep(UserManager<ShowcaseUser> users, RoleManager<IdentityRole> roles, IAuditLog? audit = null) : IRecipeStep
{
    private static readonly HashSet<string> StepFields = ["step", "users"];
    private static readonly HashSet<string> UserFields = ["userName", "displayName", "roles", "unit", "passwordFromEnv"];

    public string Name => "users";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var entries = await ReadAsync(context);

        // The CLI may run a recipe before the host ever started (and created the roles).
        foreach (var role in entries.SelectMany(e => e.Roles).Distinct())
        {
            if (!await roles.RoleExistsAsync(role))
            {
                IdentityResults.ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        foreach (var entry in entries)
        {
            await ApplyAsync(entry, context.RecipeName);
        }
    }

    private async Task<List<UserEntry>> ReadAsync(RecipeStepContext context)
    {
        var step = context.Data;
        if (step.ValueKind != JsonValueKind.Object)
        {
            throw new RecipeException(context.Path, "a step must be a JSON object.");
        }

        RejectUnknown(step, StepFields, context.Path);
        if (!step.TryGetProperty("users", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException($"{context.Path}.users", "an array of users is required.");
        }

        var entries = new List<UserEntry>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = $"{context.Path}.users[{index++}]";
            var entry = await ReadUserAsync(item, path);
            if (!seen.TryAdd(entry.UserName, path))
            {
                throw new RecipeException($"{path}.userName", $"'{entry.UserName}' is already listed at {seen[entry.UserName]}.");
            }

            entries.Add(entry);
        }

        return entries;
    }

    private async Task<UserEntry> ReadUserAsync(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new RecipeException(path, "a user must be a JSON object.");
        }

        RejectUnknown(item, UserFields, path);
        var userName = RequiredString(item, "userName", path);
        var allowed = users.Options.User.AllowedUserNameCharacters;
        if (userName.Length > 256 || userName.Any(c => !allowed.Contains(c, StringComparison.Ordinal)))
        {
            throw new RecipeException($"{path}.userName", $"'{userName}' may only use letters, digits and - . _ @ (at most 256 characters).");
        }

        var displayName = OptionalString(item, "displayName", path) ?? userName;
        if (displayName.Length > 100)
        {
            throw new RecipeException($"{path}.displayName", "is longer than 100 characters.");
        }

        var unit = OptionalString(item, "unit", path) ?? "";
        if (unit.Length > 64)
        {
            throw new RecipeException($"{path}.unit", "is longer than 64 characters.");
        }

        var roleNames = new List<string>();
        if (item.TryGetProperty("roles", out var roleList))
        {
            if (roleList.ValueKind != JsonValueKind.Array)
            {
                throw new RecipeException($"{path}.roles", "must be an array of role names.");
            }

            var i = 0;
            foreach (var role in roleList.EnumerateArray())
            {
                var rolePath = $"{path}.roles[{i++}]";
                var name = role.ValueKind == JsonValueKind.String ? role.GetString()! : throw new RecipeException(rolePath, "must be a string.");
                if (!Roles.All.Contains(name))
                {
                    throw new RecipeException(rolePath, $"'{name}' is not a role; roles are {string.Join(", ", Roles.All)}.");
                }

                if (!roleNames.Contains(name))
                {
                    roleNames.Add(name);
                }
            }
        }

        string? password = null;
        if (OptionalString(item, "passwordFromEnv", path) is { } variable)
        {
            password = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrEmpty(password))
            {
                throw new RecipeException($"{path}.passwordFromEnv", $"the environment variable '{variable}' is not set.");
            }

            var probe = new ShowcaseUser { UserName = userName };
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, probe, password);
                if (!result.Succeeded)
                {
                    throw new RecipeException($"{path}.passwordFromEnv", $"the password in '{variable}' is not accepted: {IdentityResults.Describe(result)}");
                }
            }
        }

        return new UserEntry(userName, displayName, unit, roleNames, password);
    }

    private async Task ApplyAsync(UserEntry entry, string recipe)
    {
        var user = await users.FindByNameAsync(entry.UserName);
        var created = user is null;
        if (user is null)
        {
            user = new ShowcaseUser { UserName = entry.UserName, DisplayName = entry.DisplayName, UnitCode = entry.Unit };
            IdentityResults.ThrowIfFailed(
                entry.Password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, entry.Password),
                $"create user {entry.UserName}");
        }
        else
        {
            user.DisplayName = entry.DisplayName;
            user.UnitCode = entry.Unit;
            IdentityResults.ThrowIfFailed(await users.UpdateAsync(user), $"update user {entry.UserName}");
            if (entry.Password is not null && !await users.CheckPasswordAsync(user, entry.Password))
            {
                await users.RemovePasswordAsync(user);
                IdentityResults.ThrowIfFailed(await users.AddPasswordAsync(user, entry.Password), $"set the password of {entry.UserName}");
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

        if (audit is not null)
        {
            await audit.WriteAsync($"recipe:{recipe}", created ? "user.create" : "user.update", $"user/{entry.UserName}",
                $"roles: {string.Join(",", entry.Roles)}; unit: {entry.Unit}");
        }
    }

    private static void RejectUnknown(JsonElement element, HashSet<string> known, string path)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw new RecipeException($"{path}.{property.Name}", $"unknown field; expected one of {string.Join(", ", known)}.");
            }
        }
    }

    private static string RequiredString(JsonElement element, string name, string path) =>
        OptionalString(element, name, path) is { Length: > 0 } value ? value : throw new RecipeException($"{path}.{name}", "is required.");

    private static string? OptionalString(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : throw new RecipeException($"{path}.{name}", "must be a string.");
    }

    private sealed record UserEntry(string UserName, string DisplayName, string Unit, IReadOnlyList<string> Roles, string? Password);
}
