using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shouldly;
using Showcase.Abstractions.Security;
using Showcase.Core.Identity;

namespace Showcase.Web.Tests;

/// <summary>Permissions become policies; roles grant them; resource handlers narrow them.</summary>
public sealed class IdentityPermissionTests
{
    [Fact]
    public void Every_declared_permission_becomes_a_policy_of_the_same_name()
    {
        using var services = Services();

        var options = services.GetRequiredService<IOptions<AuthorizationOptions>>().Value;

        options.GetPolicy("ManageBrands").ShouldNotBeNull();
        options.GetPolicy("EditBrands").ShouldNotBeNull();
        options.GetPolicy(nameof(CorePermissions.ManageUsers)).ShouldNotBeNull();
        options.GetPolicy(nameof(CorePermissions.AccessAdmin)).ShouldNotBeNull();
        options.GetPolicy("NoSuchPermission").ShouldBeNull();
    }

    [Theory]
    [InlineData(Roles.ProgramManager, true)]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.Judge, false)]
    [InlineData(Roles.CommunityEditor, false)]
    public async Task A_permission_is_held_by_its_default_roles_and_by_administrators(string role, bool granted)
    {
        using var services = Services();
        var authorization = services.GetRequiredService<IAuthorizationService>();

        (await authorization.HasPermissionAsync(User(role), "ManageBrands")).ShouldBe(granted);
    }

    [Fact]
    public async Task Nobody_who_is_not_signed_in_holds_a_permission()
    {
        using var services = Services();
        var authorization = services.GetRequiredService<IAuthorizationService>();

        (await authorization.HasPermissionAsync(new ClaimsPrincipal(new ClaimsIdentity()), nameof(CorePermissions.AccessAdmin))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_resource_handler_narrows_a_permission_to_some_resources()
    {
        using var services = Services();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var editor = User(Roles.CommunityEditor, unit: "GC-QP-YLY");
        var ownBrand = new SampleBrand("GC-QP-YLY");
        var otherBrand = new SampleBrand("DZ-XX");

        (await authorization.HasPermissionAsync(editor, "EditBrands", ownBrand)).ShouldBeTrue();
        (await authorization.HasPermissionAsync(editor, "EditBrands", otherBrand)).ShouldBeFalse();
        (await authorization.HasPermissionAsync(editor, "EditBrands")).ShouldBeTrue();
        (await authorization.HasPermissionAsync(User(Roles.Administrator), "EditBrands", otherBrand)).ShouldBeTrue();
        (await authorization.HasPermissionAsync(User(Roles.Judge, unit: "DZ-XX"), "EditBrands", otherBrand)).ShouldBeFalse();
    }

    [Fact]
    public void A_permission_name_declared_by_two_providers_is_refused_naming_both()
    {
        var collection = new ServiceCollection().AddLogging().AddShowcasePermissions();
        collection.AddSingleton<IPermissionProvider, SamplePermissions>();
        collection.AddSingleton<IPermissionProvider, ClashingPermissions>();
        using var services = collection.BuildServiceProvider();

        var error = Should.Throw<InvalidOperationException>(() => services.GetRequiredService<IOptions<AuthorizationOptions>>().Value);

        error.Message.ShouldContain("ManageBrands");
        error.Message.ShouldContain(nameof(ClashingPermissions));
    }

    private static ServiceProvider Services()
    {
        var collection = new ServiceCollection().AddLogging().AddShowcasePermissions();
        collection.AddSingleton<IPermissionProvider, SamplePermissions>();
        collection.AddSingleton<IAuthorizationHandler, SampleBrandHandler>();
        return collection.BuildServiceProvider();
    }

    private static ClaimsPrincipal User(string role, string unit = "") =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone"), new Claim(ClaimTypes.Role, role), new Claim(ShowcaseClaims.UnitCode, unit)], "test", ClaimTypes.Name, ClaimTypes.Role));

    private sealed class SamplePermissions : IPermissionProvider
    {
        public IEnumerable<Permission> GetPermissions() =>
        [
            new("ManageBrands", "Manage all brands", Roles.ProgramManager),
            new("EditBrands", "Edit brands", Roles.ProgramManager, Roles.CommunityEditor),
        ];
    }

    private sealed class ClashingPermissions : IPermissionProvider
    {
        public IEnumerable<Permission> GetPermissions() => [new("ManageBrands", "Same name, another module")];
    }

    private sealed record SampleBrand(string CommunityCode);

    /// <summary>What a module would write: an editor edits only their own community's brands.</summary>
    private sealed class SampleBrandHandler : ResourcePermissionHandler<SampleBrand>
    {
        protected override IReadOnlyCollection<string> Permissions { get; } = ["EditBrands"];

        protected override Task<bool> AllowsAsync(ClaimsPrincipal user, Permission permission, SampleBrand resource) =>
            Task.FromResult(user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ProgramManager) || user.GetUnitCode() == resource.CommunityCode);
    }
}
