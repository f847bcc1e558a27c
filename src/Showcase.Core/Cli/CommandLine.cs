using Showcase.Abstractions.Cli;
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
            else if (IsConfigurationKey(arg))
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

    /// <summary><c>--Section:Key=value</c> or <c>--Section:Key value</c>; not <c>--scopes=a:b</c>, whose colon is in the value.</summary>
    private static bool IsConfigurationKey(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        var key = equals < 0 ? arg[2..] : arg[2..equals];
        return key.Contains(':', StringComparison.Ordinal);
    }
}
