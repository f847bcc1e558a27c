using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Security;
using Showcase.Brands.Models;
using Showcase.Brands.Services;
using Showcase.Testing;

namespace Showcase.Brands.Tests;

/// <summary>The brands' one access rule, asked as every page and the workflow ask it: through ASP.NET Core's authorization.</summary>
public sealed class BrandAccessHandlerTests(CommunitiesHost host) : IClassFixture<CommunitiesHost>
{
    private static readonly Brand Own = new() { Code = "B1", Content = new BrandContent { CommunityCode = "GC-QP-YLY" } };
    private static readonly Brand Others = new() { Code = "B2", Content = new BrandContent { CommunityCode = "GC-CY-CL" } };
    private static readonly System.Security.Claims.ClaimsPrincipal Editor = TestUsers.Editor("editor", "GC-QP-YLY");

    private Task<bool> MayAsync(System.Security.Claims.ClaimsPrincipal user, Brand brand, ContentOperation operation) =>
        host.InScopeAsync(async sp => (await sp.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, brand, operation)).Succeeded);

    [Fact]
    public async Task An_editor_edits_and_sees_only_their_own_community()
    {
        (await MayAsync(Editor, Own, ContentOperation.Edit)).ShouldBeTrue();
        (await MayAsync(Editor, Others, ContentOperation.Edit)).ShouldBeFalse();
        (await MayAsync(Editor, Others, ContentOperation.View)).ShouldBeFalse();
        (await MayAsync(Editor, Own, ContentOperation.Publish)).ShouldBeFalse();
        BrandAccessHandler.ListedCommunity(Editor).ShouldBe("GC-QP-YLY");
    }

    [Fact]
    public async Task An_editor_without_a_community_edits_nothing()
    {
        var unplaced = TestUsers.Editor("unplaced", "");

        (await MayAsync(unplaced, new Brand(), ContentOperation.Edit)).ShouldBeFalse();
        BrandAccessHandler.MayCreate(unplaced).ShouldBeFalse();
    }

    [Fact]
    public async Task Managers_and_administrators_publish_and_edit_every_community()
    {
        foreach (var user in new[] { TestUsers.Manager(), TestUsers.User("admin", "", Roles.Administrator), SystemUser.Create("recipe:test") })
        {
            (await MayAsync(user, Others, ContentOperation.Publish)).ShouldBeTrue();
            (await MayAsync(user, Others, ContentOperation.Edit)).ShouldBeTrue();
            BrandAccessHandler.ListedCommunity(user).ShouldBeNull();
        }
    }

    [Fact]
    public async Task An_auditor_sees_every_brand_but_edits_none()
    {
        var auditor = TestUsers.Auditor();

        (await MayAsync(auditor, Others, ContentOperation.View)).ShouldBeTrue();
        (await MayAsync(auditor, Others, ContentOperation.Edit)).ShouldBeFalse();
        BrandAccessHandler.ListedCommunity(auditor).ShouldBeNull();
        BrandAccessHandler.MayCreate(auditor).ShouldBeFalse();
    }

    [Fact]
    public async Task A_judge_and_an_anonymous_visitor_see_no_draft()
    {
        (await MayAsync(TestUsers.User("judge", "GC-QP-YLY", Roles.Judge), Own, ContentOperation.View)).ShouldBeFalse();
        (await MayAsync(new System.Security.Claims.ClaimsPrincipal(), Own, ContentOperation.View)).ShouldBeFalse();
    }
}
