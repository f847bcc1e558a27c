using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Cli;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Cli;

/// <summary>
/// <c>ledger verify &lt;round-code&gt;</c>: re-checks the round's stored score ledger. Exit 0 and
/// <c>ledger intact: &lt;sequence&gt; &lt;hash&gt;</c>, or exit 1 naming the first broken event.
/// </summary>
internal sealed class LedgerVerb : ICommandVerb
{
    public string Name => "ledger";

    public string Usage => "verify <round-code> — re-check a round's score ledger; names the first broken event";

    public async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments is not ["verify", var code])
        {
            throw new VerbUsageException("ledger takes 'verify' and a round code.");
        }

        var results = context.Services.GetRequiredService<ResultsService>();
        try
        {
            var verification = await results.VerifyLedgerAsync(code, cancellationToken);
            if (verification.Break is { } broken)
            {
                await context.Error.WriteLineAsync(broken.ToString());
                return 1;
            }

            await context.Output.WriteLineAsync($"ledger intact: {verification.Head!.Sequence} {verification.Head.Hash}");
            return 0;
        }
        catch (EvaluationRefusedException e)
        {
            await context.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
