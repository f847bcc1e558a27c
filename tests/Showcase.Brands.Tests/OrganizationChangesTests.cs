using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Events;
using Showcase.Brands.Data;
using Showcase.Brands.Models;
using Showcase.Brands.Search;
using Showcase.Organizations.Models;
using Showcase.Organizations.Services;
using Showcase.Testing;

namespace Showcase.Brands.Tests;

/// <summary>
/// Brands follow the organisation tree through its events, on the real host's unit of work and outbox: a moved
/// community takes its brands (working copy, published row, search document) to its new district; a unit only added
/// changes no brand, and has none indexed again.
/// </summary>
public sealed class OrganizationChangesTests : IAsyncLifetime
{
    private readonly CommunitiesHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync(services =>
    {
        services.AddSingleton<PlacesChangedLog>();
        services.AddScoped<IDomainEventHandler<BrandPlacesChanged>, PlacesChangedRecorder>();
    });

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_community_moved_to_another_district_takes_its_published_brand_and_search_document_along()
    {
        await PublishAsync("M1", CommunitiesHost.Community);
        Search("东至县").ShouldNotContain("M1");

        var problems = await _host.InScopeAsync(sp => sp.GetRequiredService<OrganizationEditor>().UpdateAsync(CommunitiesHost.Community, "烟柳园社区", "DZ-YD", "admin"));

        problems.ShouldBeEmpty();
        var (district, publishedDistrict) = await _host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<BrandsDbContext>();
            return ((await db.Brands.AsNoTracking().SingleAsync(b => b.Code == "M1")).DistrictCode,
                (await db.Published.AsNoTracking().SingleAsync(b => b.Code == "M1")).DistrictCode);
        });
        district.ShouldBe("DZ");
        publishedDistrict.ShouldBe("DZ");
        Search("东至县").ShouldContain("M1");
        Log.ShouldContain(codes => codes.Contains("M1"));
    }

    [Fact]
    public async Task Units_only_added_change_no_brand_and_have_none_indexed_again_though_a_brand_joined_them_in_the_same_command()
    {
        Log.Clear();

        // As a first start's recipe does: the tree, then the brands under it, in one command.
        await _host.Host.RunRecipeAsync("""
            { "name": "new street", "steps": [
              { "step": "organizations", "units": [
                { "code": "GC-JH", "name": "江口街道", "kind": "street", "parent": "GC" },
                { "code": "GC-JH-XC", "name": "新村社区", "kind": "community", "parent": "GC-JH" } ] },
              { "step": "brands", "brands": [
                { "code": "A1", "title": "新村议事", "community": "GC-JH-XC", "summary": "院落议事会" } ] } ] }
            """);

        // The public pages' caches still hear of the new units (a new community shows in their lists), with no brand
        // to index again: the brand was indexed once, as it was published.
        Log.ShouldHaveSingleItem().ShouldBeEmpty();
        Search("新村社区").ShouldBe(["A1"]);
        (await _host.InScopeAsync(sp => sp.GetRequiredService<BrandsDbContext>().Published.AsNoTracking().SingleAsync(b => b.Code == "A1"))).DistrictCode.ShouldBe("GC");
    }

    [Fact]
    public async Task A_recipe_that_adds_a_unit_and_renames_another_has_the_renamed_ones_brands_indexed_again()
    {
        await PublishAsync("R1", CommunitiesHost.OtherCommunity);
        Log.Clear();

        await _host.Host.RunRecipeAsync("""
            { "name": "rename", "steps": [
              { "step": "organizations", "units": [
                { "code": "DZ-YD-YS", "name": "尧舜新社区", "kind": "community", "parent": "DZ-YD" },
                { "code": "DZ-YD-NEW", "name": "东流社区", "kind": "community", "parent": "DZ-YD" } ] } ] }
            """);

        Log.ShouldHaveSingleItem().ShouldBe(["R1"]);
        Search("尧舜新社区").ShouldContain("R1");
    }

    private Task PublishAsync(string code, string community) => _host.Host.InScopeAsync(async sp =>
    {
        var workflow = sp.GetRequiredService<IContentWorkflow<Brand, BrandContent>>();
        var editor = TestUsers.Editor("editor-" + code, community);
        await workflow.SaveAsync(editor, new ContentEdit<BrandContent>(code, new BrandContent
        {
            Title = "楼道微光",
            CommunityCode = community,
            Summary = "楼栋长带着党员点亮楼道",
            Body = "党员认领楼道，装上声控灯。",
        }) { IsNew = true });
        await workflow.SubmitAsync(editor, code);
        await workflow.ApproveAsync(TestUsers.Manager(), code);
    });

    private List<string> Search(string text) =>
        _host.Host.Services.GetRequiredService<BrandSearchIndex>().Search(text, 0, 50).Hits.Select(h => h.Code).ToList();

    private List<IReadOnlyList<string>> Log => _host.Host.Services.GetRequiredService<PlacesChangedLog>().Delivered;

    /// <summary>Every <see cref="BrandPlacesChanged"/> the host delivered.</summary>
    private sealed class PlacesChangedLog
    {
        public List<IReadOnlyList<string>> Delivered { get; } = [];
    }

    private sealed class PlacesChangedRecorder(PlacesChangedLog log) : IDomainEventHandler<BrandPlacesChanged>
    {
        public Task HandleAsync(BrandPlacesChanged domainEvent, CancellationToken cancellationToken)
        {
            lock (log)
            {
                log.Delivered.Add(domainEvent.Codes);
            }

            return Task.CompletedTask;
        }
    }
}
