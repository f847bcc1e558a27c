using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>A round's definition: what a draft holds before any entry or score.</summary>
public sealed record RoundInput(string Code, string Title, int Year, IReadOnlyList<StageInput> Stages)
{
    public bool LiveDisplay { get; init; }

    public IReadOnlyList<Band> Bands { get; init; } = [];

    public bool IsIllustrative { get; init; }

    /// <summary>Checks the definition with Showcase.Scoring's rules (stages, criteria, weights, bands).</summary>
    /// <exception cref="EvaluationRefusedException">INVALID_DEFINITION, naming what is wrong.</exception>
    public void Check()
    {
        var definition = new RoundDefinition(Code, Title, [.. Stages.Select(s => new StageDefinition(
            s.Key, s.Title, [.. s.Criteria.Select(c => new Criterion(c.Key, c.Title, c.Max, c.Weight, c.Step, c.TieBreak))], s.Judges)
        {
            Method = s.Method, Drop = s.Drop, MinPanel = s.MinPanel, Advance = s.Advance, Weight = s.Weight, Bands = s.Bands,
        })], [])
        {
            Bands = Bands,
        };
        try
        {
            RoundCalculator.Calculate(definition, []);
        }
        catch (RoundDefinitionException e)
        {
            throw new EvaluationRefusedException(RefusalReasons.InvalidDefinition, e.Message);
        }
    }
}
