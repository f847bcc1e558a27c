using Showcase.Abstractions.Events;

namespace Showcase.Evaluations.Events;

/// <summary>A round's definition changed (stages, entries, panels, conflicts, decisions): every standing of it must be recomputed.</summary>
public sealed record RoundDefinitionChanged(string RoundCode, string What, long Revision) : IDomainEvent;
