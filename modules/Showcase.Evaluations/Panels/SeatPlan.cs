using System.Collections.Immutable;

namespace Showcase.Evaluations.Panels;

/// <summary>A proposed seat: <see cref="Judge"/> scores <see cref="Entry"/>.</summary>
public sealed record SeatPlan(string Entry, string Judge);
