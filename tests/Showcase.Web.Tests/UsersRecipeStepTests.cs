using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Recipes;
using Showcase.Abstractions.Security;
using Showcase.Core.Identity;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>The core's <c>users</c> recipe step, called directly with the JSON of a step as the recipe runner would.</summary>
public sealed class UsersRecipeStepTests(ShowcaseWebFactory host) : IClassFixture<ShowcaseWebFactory>
{
    [Fact]
    public async Task Users_are_created_with_display_name_roles_and_unit_and_without_a_password()
    {
        await RunAsync("""{ "step": "users", "users": [ { "userName": "judge01", "displayName": "评委一", "roles": ["Judge"], "unit": "DZ" } ] }""");

        var user = await FindAsync("judge01");
        user.ShouldNotBeNull();
        user.DisplayName.ShouldBe("评委一");
        user.UnitCode.ShouldBe("DZ");
        (await RolesOfAsync("judge01")).ShouldBe(["Judge"]);
        user.PasswordHash.ShouldBeNull();
    }

    [Fact]
    public async Task Running_the_step_twice_leaves_one_user_and_updates_what_changed()
    {
        await RunAsync("""{ "step": "users", "users": [ { "userName": "editor07", "displayName": "编辑七", "roles": ["CommunityEditor"], "unit": "GC-QP-YLY" } ] }""");
        await RunAsync("""{ "step": "users", "users": [ { "userName": "editor07", "displayName": "编辑七号", "roles": ["CommunityEditor", "Auditor"], "unit": "GC-QP" } ] }""");

        var count = await host.WithServiceAsync<UserManager<ShowcaseUser>, int>(users => Task.FromResult(users.Users.Count(u => u.UserName == "editor07")));
        count.ShouldBe(1);
        var user = await FindAsync("editor07");
        user!.DisplayName.ShouldBe("编辑七号");
        user.UnitCode.ShouldBe("GC-QP");
        (await RolesOfAsync("editor07")).OrderBy(r => r, StringComparer.Ordinal).ShouldBe(["Auditor", "CommunityEditor"]);
    }

    [Fact]
    public async Task An_unknown_field_is_an_error_with_its_json_path_and_nothing_is_written()
    {
        var error = await Should.ThrowAsync<RecipeException>(() => RunAsync("""
            { "step": "users", "users": [
                { "userName": "fine01", "roles": ["Judge"] },
                { "userName": "typo01", "roels": ["Judge"] } ] }
            """));

        error.Path.ShouldBe("$.steps[1].users[1].roels");
        error.Message.ShouldContain("unknown field");
        (await FindAsync("fine01")).ShouldBeNull();
    }

    [Fact]
    public async Task An_unknown_field_on_the_step_itself_is_an_error()
    {
        var error = await Should.ThrowAsync<RecipeException>(() => RunAsync("""{ "step": "users", "users": [], "extra": true }"""));

        error.Path.ShouldBe("$.steps[1].extra");
    }

    [Fact]
    public async Task An_unknown_role_is_an_error_naming_the_roles()
    {
        var error = await Should.ThrowAsync<RecipeException>(() => RunAsync("""{ "step": "users", "users": [ { "userName": "x01", "roles": ["Judge", "Emperor"] } ] }"""));

        error.Path.ShouldBe("$.steps[1].users[0].roles[1]");
        error.Message.ShouldContain("Emperor");
        error.Message.ShouldContain("ProgramManager");
    }

    [Fact]
    public async Task A_missing_user_name_and_a_duplicate_user_name_are_errors()
    {
        var missing = await Should.ThrowAsync<RecipeException>(() => RunAsync("""{ "step": "users", "users": [ { "displayName": "无名" } ] }"""));
        var duplicate = await Should.ThrowAsync<RecipeException>(() => RunAsync("""{ "step": "users", "users": [ { "userName": "twin" }, { "userName": "TWIN" } ] }"""));
        var badName = await Should.ThrowAsync<RecipeException>(() => RunAsync("""{ "step": "users", "users": [ { "userName": "has space" } ] }"""));

        missing.Path.ShouldBe("$.steps[1].users[0].userName");
        duplicate.Path.ShouldBe("$.steps[1].users[1].userName");
        badName.Path.ShouldBe("$.steps[1].users[0].userName");
        (await FindAsync("twin")).ShouldBeNull();
    }

    [Fact]
    public async Task A_password_comes_only_from_the_named_environment_variable()
    {
        var variable = "SHOWCASE_TEST_PW_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var unset = await Should.ThrowAsync<RecipeException>(() => RunAsync($$"""{ "step": "users", "users": [ { "userName": "tester01", "passwordFromEnv": "{{variable}}" } ] }"""));
        Environment.SetEnvironmentVariable(variable, "recipe-secret-99");
        try
        {
            await RunAsync($$"""{ "step": "users", "users": [ { "userName": "tester01", "roles": ["Judge"], "passwordFromEnv": "{{variable}}" } ] }""");
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        unset.Path.ShouldBe("$.steps[1].users[0].passwordFromEnv");
        unset.Message.ShouldContain(variable);
        var accepted = await host.WithServiceAsync<UserManager<ShowcaseUser>, bool>(async users => await users.CheckPasswordAsync((await users.FindByNameAsync("tester01"))!, "recipe-secret-99"));
        accepted.ShouldBeTrue();
        (await FindAsync("tester01"))!.MustChangePassword.ShouldBeFalse();
    }

    [Fact]
    public async Task The_step_is_registered_under_the_name_users()
    {
        var names = await host.WithServiceAsync<IEnumerable<IRecipeStep>, List<string>>(steps => Task.FromResult(steps.Select(s => s.Name).ToList()));

        names.ShouldContain("users");
    }

    private async Task RunAsync(string json)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var step = scope.ServiceProvider.GetServices<IRecipeStep>().Single(s => s.Name == "users");
        using var document = JsonDocument.Parse(json);
        await step.ExecuteAsync(new RecipeStepContext(document.RootElement, "$.steps[1]", "test"), CancellationToken.None);
    }

    private Task<ShowcaseUser?> FindAsync(string userName) =>
        host.WithServiceAsync<UserManager<ShowcaseUser>, ShowcaseUser?>(users => users.FindByNameAsync(userName));

    private Task<IList<string>> RolesOfAsync(string userName) =>
        host.WithServiceAsync<UserManager<ShowcaseUser>, IList<string>>(async users => await users.GetRolesAsync((await users.FindByNameAsync(userName))!));
}
