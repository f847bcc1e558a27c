namespace Showcase.Core.Cli;

/// <summary>
/// Splits the process arguments into a verb with its arguments, and the host's own arguments.
/// <c>--data-dir &lt;dir&gt;</c> becomes <c>Showcase:DataDir</c>; <c>--Section:Key=value</c> arguments go to configuration.
/// </summary>
public sealed record CommandLine(string? Verb, IReadOnlyList<string> VerbArguments, IReadOnlyList<string> HostArguments)
{
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var host = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--data-dir")
            {
                if (i + 1 >= args.Count)
                {
                    throw new VerbUsageException("--data-dir needs a folder: --data-dir <dir>");
                }

                host.Add($"--Showcase:DataDir={args[++i]}");
            }
            else if (arg.StartsWith("--data-dir=", StringComparison.Ordinal))
            {
                host.Add($"--Showcase:DataDir={arg["--data-dir=".Length..]}");
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
            {
                host.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
                {
                    host.Add(args[++i]);
                }
            }
            else
            {
                rest.Add(arg);
            }
        }

        if (rest.Count == 0 || rest[0].StartsWith('-'))
        {
            return new CommandLine(null, rest, host);
        }

        return new CommandLine(rest[0], rest.Skip(1).ToList(), host);
    }
}
