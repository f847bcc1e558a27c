using Shouldly;
using Showcase.Abstractions.Content;

namespace Showcase.Core.Tests.Content;

public sealed class CatalogCacheTests
{
    [Fact]
    public async Task A_value_is_loaded_once_and_then_read_from_memory()
    {
        using var cache = new TestCache();
        var loads = 0;

        (await cache.GetOrLoadAsync("featured", () => Task.FromResult(++loads))).ShouldBe(1);
        (await cache.GetOrLoadAsync("featured", () => Task.FromResult(++loads))).ShouldBe(1);

        loads.ShouldBe(1);
    }

    [Fact]
    public async Task A_request_that_asks_while_another_loads_waits_for_that_load()
    {
        using var cache = new TestCache();
        var loads = 0;
        var release = new TaskCompletionSource();
        async Task<string> Load()
        {
            Interlocked.Increment(ref loads);
            await release.Task;
            return "cards";
        }

        var first = cache.GetOrLoadAsync("featured", Load);
        var second = cache.GetOrLoadAsync("featured", Load);
        second.IsCompleted.ShouldBeFalse("the second request waits for the first one's load");
        release.SetResult();

        (await first).ShouldBe("cards");
        (await second).ShouldBe("cards");
        loads.ShouldBe(1);
    }

    [Fact]
    public async Task When_the_load_a_request_waits_for_fails_it_loads_for_itself_and_the_failure_stays_with_its_request()
    {
        using var cache = new TestCache();
        var release = new TaskCompletionSource();
        var first = cache.GetOrLoadAsync<string>("featured", async () =>
        {
            await release.Task;
            throw new InvalidOperationException("database is locked");
        });
        var second = cache.GetOrLoadAsync("featured", () => Task.FromResult("its own cards"));
        release.SetResult();

        (await Should.ThrowAsync<InvalidOperationException>(first)).Message.ShouldBe("database is locked");
        (await second).ShouldBe("its own cards");
        (await cache.GetOrLoadAsync("featured", () => Task.FromResult("later"))).ShouldBe("later", "a waiter's own load is not cached under the failed one");
    }

    [Fact]
    public async Task A_cancelled_load_is_not_handed_to_the_request_waiting_for_it()
    {
        using var cache = new TestCache();
        using var aborted = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var first = cache.GetOrLoadAsync("featured", async () =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, aborted.Token);
            return "never";
        });
        await started.Task;
        var second = cache.GetOrLoadAsync("featured", () => Task.FromResult("cards"));
        await aborted.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(first);
        (await second).ShouldBe("cards");
    }

    [Fact]
    public async Task After_a_change_the_next_request_loads_again()
    {
        using var cache = new TestCache();
        (await cache.GetOrLoadAsync("districts", () => Task.FromResult("before"))).ShouldBe("before");

        cache.Invalidate();

        (await cache.GetOrLoadAsync("districts", () => Task.FromResult("after"))).ShouldBe("after");
    }

    private sealed class TestCache : CatalogCache;
}
