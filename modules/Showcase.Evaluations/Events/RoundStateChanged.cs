using Showcase.Abstractions.Events;
using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Events;

/// <summary>A round moved (by its schedule, a manager, a recipe or an upheld objection); delivered after commit.</summary>
/// <param name="Stage">The stage open for scoring after the move, if any.</param>
public sealed record RoundStateChanged(string RoundCode, RoundState From, RoundState To, string? Stage, string Actor, string Reason) : IDomainEvent;
