using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Recipes;
using Showcase.Core.Data;
using Showcase.Core.Recipes;
using Showcase.Testing;

namespace Showcase.Core.Tests.Recipes;

/// <summary>
/// The runner with steps made for the test: <c>notes</c> writes audit entries, <c>fail</c> and <c>crash</c>
/// fail. The tests share one host; each writes notes that start with its own prefix.
/// </summary>
public sealed class RecipeRunnerTests(RecipeRunnerTests.Host host) : IClassFixture<RecipeRunnerTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public StepProbe Probe { get; } = new();

        public ShowcaseTestHost Showcase { get; private set; } = null!;

        public async Task InitializeAsync() => Showcase = await ShowcaseTestHost.StartAsync(configure: services =>
        {
            services.AddSingleton(Probe);
            services.AddScoped<IRecipeStep, NotesStep>();
            services.AddScoped<IRecipeStep, FailStep>();
            services.AddScoped<IRecipeStep, CrashStep>();
        });

        public async Task DisposeAsync() => await Showcase.DisposeAsync();
    }

    private readonly string _prefix = $"{Guid.NewGuid():N}-";
    private readonly ShowcaseTestHost _host = host.Showcase;

    private string Note(string text) => _prefix + text;

    private Task<List<string>> NotesAsync() => _host.InScopeAsync(services =>
        services.GetRequiredService<CoreDbContext>().AuditLog
            .Where(a => a.Action == "note" && a.Target.StartsWith(_prefix))
            .OrderBy(a => a.Id).Select(a => a.Target.Substring(_prefix.Length)).ToListAsync());

    private async Task<RecipeException> FailsAsync(string json) => await Should.ThrowAsync<RecipeException>(() => _host.RunRecipeAsync(json));

    [Fact]
    public async Task Steps_run_in_order_and_report_what_they_did()
    {
        var result = await _host.RunRecipeAsync($$"""
            { "name": "two notes", "description": "d", "steps": [
                { "step": "notes", "notes": ["{{Note("a")}}", "{{Note("b")}}"] },
                { "step": "notes", "notes": ["{{Note("c")}}"] } ] }
            """);

        result.Name.ShouldBe("two notes");
        result.Steps.Select(s => (s.Path, s.Step, s.Summary)).ShouldBe([("$.steps[0]", "notes", "2 notes"), ("$.steps[1]", "notes", "1 notes")]);
        (await NotesAsync()).ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public async Task A_failing_step_rolls_back_the_steps_before_it()
    {
        var error = await FailsAsync($$"""
            { "name": "n", "steps": [ { "step": "notes", "notes": ["{{Note("a")}}"] }, { "step": "fail" } ] }
            """);

        error.Message.ShouldBe("$.steps[1].reason: failed on purpose");
        (await NotesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_step_that_crashes_is_reported_at_its_path_and_rolls_back()
    {
        var error = await FailsAsync($$"""
            { "name": "n", "steps": [ { "step": "notes", "notes": ["{{Note("a")}}"] }, { "step": "crash" } ] }
            """);

        error.Message.ShouldBe("$.steps[1]: failed: disk on fire");
        (await NotesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Bad_input_in_a_later_step_stops_the_recipe_before_the_first_step_writes()
    {
        var error = await FailsAsync($$"""
            { "name": "n", "steps": [ { "step": "notes", "notes": ["{{Note("a")}}"] }, { "step": "notes", "notes": [1] } ] }
            """);

        error.Path.ShouldBe("$.steps[1].notes[0]");
        host.Probe.Applied.ShouldNotContain(Note("a"));
    }

    [Fact]
    public async Task An_unknown_step_is_an_error_that_names_the_known_ones()
    {
        var error = await FailsAsync($$"""{ "name": "n", "steps": [ { "step": "notes", "notes": ["{{Note("a")}}"] }, { "step": "brandz" } ] }""");

        error.Message.ShouldBe("$.steps[1].step: unknown step 'brandz'; known steps: crash, fail, notes");
        (await NotesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Unknown_fields_of_the_recipe_and_of_a_step_are_errors()
    {
        (await FailsAsync("""{ "name": "n", "author": "me", "steps": [] }""")).Path.ShouldBe("$.author");
        (await FailsAsync("""{ "name": "n", "steps": [ { "step": "notes", "notes": [], "colour": "red" } ] }""")).Path.ShouldBe("$.steps[0].colour");
    }

    [Fact]
    public async Task A_recipe_that_is_not_json_says_where_it_breaks()
    {
        var error = await FailsAsync("{ \"name\": \"n\",\n  \"steps\": [ { \"step\": } ] }");

        error.Reason.ShouldStartWith("not valid UTF-8 JSON at line 2");
    }

    [Fact]
    public async Task Invalid_utf8_is_refused_and_a_byte_order_mark_is_accepted()
    {
        var runner = (byte[] bytes) => _host.InScopeAsync(services => services.GetRequiredService<RecipeRunner>().RunAsync(new MemoryStream(bytes), "test"));

        var error = await Should.ThrowAsync<RecipeException>(() => runner([.. "{ \"name\": \""u8, 0xFF, .. "\", \"steps\": [] }"u8]));
        var withBom = await runner([0xEF, 0xBB, 0xBF, .. """{ "name": "bom", "steps": [] }"""u8]);

        error.Message.ShouldBe("$: not valid UTF-8 JSON: invalid byte at offset 11");
        withBom.Name.ShouldBe("bom");
    }

    [Fact]
    public async Task A_successful_recipe_is_audited_with_each_steps_summary()
    {
        await _host.RunRecipeAsync($$"""{ "name": "{{Note("audited")}}", "steps": [ { "step": "notes", "notes": ["{{Note("a")}}"] } ] }""");

        var entry = await _host.InScopeAsync(services => services.GetRequiredService<CoreDbContext>().AuditLog.SingleAsync(a => a.Target == Note("audited")));
        entry.Action.ShouldBe("recipe.run");
        entry.Actor.ShouldBe("test");
        entry.Details.ShouldBe("notes: 1 notes");
    }

    /// <summary>Every note a <c>notes</c> step was asked to apply.</summary>
    public sealed class StepProbe
    {
        public List<string> Applied { get; } = [];
    }

    private sealed class NotesStep(IAuditLog auditLog, StepProbe probe) : RecipeStep<IReadOnlyList<string>>
    {
        public override string Name => "notes";

        protected override IReadOnlyList<string> Read(RecipeObject step) => step.RequiredStrings("notes");

        protected override async Task<string> ApplyAsync(IReadOnlyList<string> notes, RecipeStepContext context, CancellationToken cancellationToken)
        {
            probe.Applied.AddRange(notes);
            foreach (var note in notes)
            {
                await auditLog.WriteAsync("test", "note", note, "", cancellationToken);
            }

            return $"{notes.Count} notes";
        }
    }

    private sealed class FailStep : IRecipeStep
    {
        public string Name => "fail";

        public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
            throw new RecipeException($"{context.Path}.reason", "failed on purpose");
    }

    private sealed class CrashStep : IRecipeStep
    {
        public string Name => "crash";

        public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("disk on fire");
    }
}
