using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Cli;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Cli;

/// <summary>
/// <c>export results &lt;round-code&gt; [--out file | file]</c>: writes the round's results export (SCORING.md), which
/// <c>verify</c> recomputes; prints the digest and the ledger head. Without a file the JSON goes to standard output.
/// </summary>
internal sealed class ExportResultsVerb : ICommandVerb
{
    public string Name => "export";

    public string Usage => "results <round-code> [--out <file>] — write a round's results export (JSON) for verify";

    public async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        var (code, file) = context.Arguments switch
        {
            ["results", var c] => (c, (string?)null),
            ["results", var c, "--out", var f] => (c, f),
            ["results", var c, var f] when !f.StartsWith("--", StringComparison.Ordinal) => (c, f),
            _ => throw new VerbUsageException("export takes 'results', a round code and optionally --out <file>."),
        };

        var results = context.Services.GetRequiredService<ResultsService>();
        ResultsExportFile export;
        try
        {
            export = await results.ExportAsync(code, cancellationToken);
        }
        catch (EvaluationRefusedException e)
        {
            await context.Error.WriteLineAsync(e.Message);
            return 1;
        }

        if (file is null)
        {
            await context.Output.WriteLineAsync(export.Json);
            return 0;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllTextAsync(file, export.Json, new System.Text.UTF8Encoding(false), cancellationToken);
        await context.Output.WriteLineAsync($"wrote {file}: digest {export.Digest}, ledger head {export.LedgerSequence} {export.LedgerHash}");
        return 0;
    }
}
