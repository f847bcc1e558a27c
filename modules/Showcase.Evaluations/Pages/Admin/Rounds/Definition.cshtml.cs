using Microsoft.AspNetCore.Mvc;
using Showcase.Evaluations.Models;
using Showcase.Evaluations.Services;
using Showcase.Scoring;

namespace Showcase.Evaluations.Pages.Admin.Rounds;

/// <summary>
/// <c>/admin/rounds/{code}/definition</c>: stages, criteria and bands. They can be changed while the round is a DRAFT
/// (the service also allows APPLICATIONS_OPEN); every change is the whole definition saved again through
/// <see cref="RoundAdministration.SaveDefinitionAsync"/>, which checks it with Showcase.Scoring's rules.
/// </summary>
public sealed class DefinitionModel(RoundAdministration rounds) : RoundPageModel
{
    public override string Tab => "definition";

    public bool IsEditable => CanManage && Round.State is RoundState.Draft or RoundState.ApplicationsOpen;

    public static IReadOnlyList<AggregationMethod> Methods => Enum.GetValues<AggregationMethod>();

    public Task<IActionResult> OnPostRoundAsync([FromForm] string? title, [FromForm] int year, [FromForm] string? bands, CancellationToken cancellationToken) =>
        SaveAsync(input => input with { Title = (title ?? "").Trim(), Year = year, Bands = BandsText.Read(bands) }, cancellationToken);

    public Task<IActionResult> OnPostStageAsync(
        [FromForm] string? stage, [FromForm] string? title, [FromForm] string? method, [FromForm] int drop, [FromForm] int? minPanel, [FromForm] int? advance,
        [FromForm] decimal? weight, [FromForm] string? bands, [FromForm] List<CriterionRow>? criteria, CancellationToken cancellationToken) =>
        SaveAsync(
            input =>
            {
                var index = input.Stages.ToList().FindIndex(s => s.Key == stage);
                if (index < 0)
                {
                    throw new EvaluationRefusedException(RefusalReasons.StageNotFound, $"Round '{Code}' has no stage '{stage}'.");
                }

                if (!AggregationMethodNames.TryParse(method ?? "", out var aggregation))
                {
                    throw new EvaluationRefusedException(RefusalReasons.InvalidDefinition, $"'{method}' is not an aggregation method.");
                }

                var rows = (criteria ?? []).Where(c => !string.IsNullOrWhiteSpace(c.Key)).Select(c => new CriterionInput(
                    c.Key!.Trim(), (c.Title ?? "").Trim(), c.Max ?? 0m, c.Weight ?? 1m, c.Step ?? 0.5m, c.TieBreak, (c.Description ?? "").Trim())).ToList();
                var stages = input.Stages.ToList();
                stages[index] = stages[index] with
                {
                    Title = (title ?? "").Trim(),
                    Method = aggregation,
                    Drop = drop,
                    MinPanel = minPanel,
                    Advance = advance,
                    Weight = weight,
                    Bands = BandsText.Read(bands),
                    Criteria = rows,
                };
                return input with { Stages = stages };
            },
            cancellationToken);

    public Task<IActionResult> OnPostAddStageAsync([FromForm] string? key, [FromForm] string? title, CancellationToken cancellationToken) =>
        SaveAsync(
            input => input with
            {
                Stages = [.. input.Stages, new StageInput((key ?? "").Trim(), (title ?? "").Trim(), [new CriterionInput("overall", Text["Definition.DefaultCriterion"], 100m, Step: 1m)], [])],
            },
            cancellationToken);

    public Task<IActionResult> OnPostRemoveStageAsync([FromForm] string? stage, CancellationToken cancellationToken) =>
        SaveAsync(input => input with { Stages = [.. input.Stages.Where(s => s.Key != stage)] }, cancellationToken);

    /// <summary>The round's definition as stored now, for a form to change one part of.</summary>
    public RoundInput Current() => new(Round.Code, Round.Title, Round.Year, [.. Snapshot.Stages.Select(ToInput)])
    {
        LiveDisplay = Round.LiveDisplay,
        Bands = BandsJson.Read(Round.BandsJson),
        IsIllustrative = Round.IsIllustrative,
    };

    private static StageInput ToInput(Stage stage) => new(
        stage.Key,
        stage.Title,
        [.. stage.Criteria.OrderBy(c => c.Position).Select(c => new CriterionInput(c.Key, c.Title, c.Max, c.Weight, c.Step, c.TieBreak, c.Description))],
        [.. stage.Judges.Select(j => j.Judge).Order(StringComparer.Ordinal)])
    {
        Method = stage.Method,
        Drop = stage.Drop,
        MinPanel = stage.MinPanel,
        Advance = stage.Advance,
        Weight = stage.Weight,
        Bands = BandsJson.Read(stage.BandsJson),
    };

    private Task<IActionResult> SaveAsync(Func<RoundInput, RoundInput> change, CancellationToken cancellationToken) =>
        ChangeAsync(
            () => rounds.SaveDefinitionAsync(UserName, change(Current()), cancellationToken),
            Text["Definition.Saved"],
            RoundUrl("definition"),
            cancellationToken);
}
