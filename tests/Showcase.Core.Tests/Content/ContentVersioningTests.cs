using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Core.Content;
using Showcase.Core.Data;
using Showcase.Testing;

namespace Showcase.Core.Tests.Content;

public sealed class ContentVersioningTests(ContentVersioningTests.Host host) : IClassFixture<ContentVersioningTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public ShowcaseTestHost Showcase { get; private set; } = null!;

        public async Task InitializeAsync() => Showcase = await ShowcaseTestHost.StartAsync();

        public async Task DisposeAsync() => await Showcase.DisposeAsync();
    }

    private sealed record BrandSnapshot(string Title, decimal Score, string[] Tags, BrandContact? Contact);

    private sealed record BrandContact(string Name, string Phone);

    /// <summary>Each test works on its own item, so they can share the host.</summary>
    private static ContentRef NewItem() => new("Brand", Guid.NewGuid().ToString("N"));

    private Task<T> WithVersioning<T>(Func<IContentVersioning, Task<T>> work) =>
        host.Showcase.InScopeAsync(services => work(services.GetRequiredService<IContentVersioning>()));

    [Fact]
    public async Task Versions_are_numbered_from_one_for_each_item()
    {
        var first = NewItem();
        var second = NewItem();

        var numbers = await WithVersioning(async versioning => new[]
        {
            (await versioning.RecordAsync(first, ContentState.Draft, new { title = "a" }, "editor1", "created")).Number,
            (await versioning.RecordAsync(first, ContentState.InReview, new { title = "b" }, "editor1", "submitted")).Number,
            (await versioning.RecordAsync(second, ContentState.Draft, new { title = "x" }, "editor2", "created")).Number,
            (await versioning.RecordAsync(first, ContentState.Published, new { title = "b" }, "manager", "approved")).Number,
        });

        numbers.ShouldBe([1, 2, 1, 3]);
        var history = await WithVersioning(v => v.HistoryAsync(first));
        history.Select(h => (h.Number, h.State, h.Author, h.Comment)).ShouldBe(
            [(1, ContentState.Draft, "editor1", "created"), (2, ContentState.InReview, "editor1", "submitted"), (3, ContentState.Published, "manager", "approved")]);
    }

    [Fact]
    public async Task A_version_gives_back_the_data_it_recorded_so_it_can_be_restored()
    {
        var item = NewItem();
        var original = new BrandSnapshot("红网联动", 36.5m, ["网格治理", "党建"], new BrandContact("王", "0566-1234567"));
        await WithVersioning(v => v.RecordAsync(item, ContentState.Draft, original, "editor1", ""));
        await WithVersioning(v => v.RecordAsync(item, ContentState.Draft, original with { Title = "改过的" }, "editor1", ""));

        var version = await WithVersioning(v => v.GetAsync(item, 1));

        version.ShouldNotBeNull();
        var restored = version.ReadSnapshot<BrandSnapshot>();
        restored.ShouldBe(original with { Tags = restored.Tags });
        restored.Tags.ShouldBe(original.Tags);
        version.SnapshotJson.ShouldContain("红网联动");
    }

    [Fact]
    public async Task Diff_lists_changed_fields_with_readable_before_and_after()
    {
        var item = NewItem();
        await WithVersioning(v => v.RecordAsync(item, ContentState.Draft,
            new { title = "红网联动", score = 36.5, tags = new List<string> { "a" }, contact = new { name = "王" }, summary = "same", old = 1 }, "e", ""));
        await WithVersioning(v => v.RecordAsync(item, ContentState.Draft,
            new { title = "红网联动 2.0", score = 38, tags = new List<string> { "a", "b" }, contact = new { name = "王" }, summary = "same", added = true }, "e", ""));

        var changes = await WithVersioning(v => v.DiffAsync(item, 1, 2));

        changes.ShouldBe(
        [
            new ContentFieldChange("title", "红网联动", "红网联动 2.0"),
            new ContentFieldChange("score", "36.5", "38"),
            new ContentFieldChange("tags", "[\"a\"]", "[\"a\",\"b\"]"),
            new ContentFieldChange("old", "1", null),
            new ContentFieldChange("added", null, "true"),
        ]);
    }

    [Fact]
    public async Task A_missing_version_is_null_and_diffing_it_says_which_one_is_missing()
    {
        var item = NewItem();
        await WithVersioning(v => v.RecordAsync(item, ContentState.Draft, new { title = "a" }, "e", ""));

        (await WithVersioning(v => v.GetAsync(item, 2))).ShouldBeNull();
        var error = await Should.ThrowAsync<KeyNotFoundException>(() => WithVersioning(v => v.DiffAsync(item, 1, 2)));
        error.Message.ShouldBe($"{item} has no version 2.");
    }

    [Fact]
    public async Task A_snapshot_that_is_not_a_json_object_is_refused()
    {
        await Should.ThrowAsync<ArgumentException>(() => WithVersioning(v => v.RecordAsync(NewItem(), ContentState.Draft, new List<int> { 1, 2 }, "e", "")));
    }

    [Fact]
    public async Task A_version_recorded_in_a_command_that_fails_is_not_kept()
    {
        var item = NewItem();
        await host.Showcase.InScopeAsync(services => Should.ThrowAsync<InvalidOperationException>(
            services.GetRequiredService<IUnitOfWork>().ExecuteAsync(async ct =>
            {
                await services.GetRequiredService<IContentVersioning>().RecordAsync(item, ContentState.Draft, new { title = "a" }, "e", "", ct);
                throw new InvalidOperationException("the command fails after recording");
            })));

        (await WithVersioning(v => v.HistoryAsync(item))).ShouldBeEmpty();
    }
}
