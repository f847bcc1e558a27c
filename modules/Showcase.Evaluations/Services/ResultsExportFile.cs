using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Data;
using Showcase.Evaluations.Events;
using Showcase.Evaluations.Models;
using Showcase.Scoring.Export;
using Showcase.Scoring.Ledger;
using Showcase.Scoring.Statistics;

namespace Showcase.Evaluations.Services;

/// <summary>The results export of SCORING.md as written out: the JSON text, its digest and the ledger head it carries.</summary>
public sealed record ResultsExportFile(string RoundCode, string Json, string Digest, long LedgerSequence, string LedgerHash);
