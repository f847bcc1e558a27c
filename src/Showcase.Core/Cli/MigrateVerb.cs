using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Cli;
using Showcase.Core.Data;

namespace Showcase.Core.Cli;

/// <summary><c>migrate</c>: applies pending migrations of every module and exits.</summary>
internal sealed class MigrateVerb : ICommandVerb
{
    public string Name => "migrate";

    public string Usage => "— apply pending database migrations and exit";

    public async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Count > 0)
        {
            throw new VerbUsageException($"migrate takes no arguments, got '{string.Join(' ', context.Arguments)}'.");
        }

        await context.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await context.Output.WriteLineAsync("migrated");
        return 0;
    }
}
