using System.Collections.Immutable;
using Showcase.Evaluations.Models;
using Showcase.Scoring;

namespace Showcase.Evaluations.Services;

/// <summary>An entry's progress in a stage: the judges expected on its panel and how many have submitted.</summary>
public sealed record EntryProgress(string Entry, int Expected, int Submitted);
