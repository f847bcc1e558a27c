using Showcase.Abstractions.Cli;
using Showcase.Core.Cli;
using Showcase.Scoring.Export;

namespace Showcase.Web.Cli;

/// <summary>
/// <c>verify &lt;results-export.json&gt;</c>: recomputes a published results export with the rules of SCORING.md.
/// Exit 0 and <c>verified: &lt;digest&gt;</c> when it recomputes exactly; exit 1 and the first difference (entry, field,
/// expected, found) or the first broken ledger event otherwise.
/// </summary>
internal sealed class VerifyVerb : ICommandVerb
{
    public string Name => "verify";

    public string Usage => "<results-export.json> — recompute a published results export; prints its digest or the first difference";

    public async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Count != 1)
        {
            throw new VerbUsageException($"verify takes one results export file, got {context.Arguments.Count} arguments.");
        }

        var path = context.Arguments[0];
        if (!File.Exists(path))
        {
            throw new VerbUsageException($"No file '{path}'.");
        }

        var result = ResultsVerification.Verify(await File.ReadAllTextAsync(path, cancellationToken));
        await (result.IsVerified ? context.Output : context.Error).WriteLineAsync(result.ToString());
        return result.IsVerified ? 0 : 1;
    }
}
