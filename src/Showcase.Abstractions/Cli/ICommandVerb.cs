namespace Showcase.Abstractions.Cli;

/// <summary>
/// A command-line verb: <c>dotnet run --project src/Showcase.Web -- &lt;verb&gt; [args]</c>.
/// Verbs are registered in DI by the feature they belong to; the host runs one instead of serving.
/// </summary>
public interface ICommandVerb
{
    /// <summary>The verb, e.g. <c>recipe</c>.</summary>
    string Name { get; }

    /// <summary>One line: the arguments and what the verb does.</summary>
    string Usage { get; }

    /// <returns>the process exit code: 0 on success.</returns>
    Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken);
}

/// <param name="Arguments">The arguments after the verb, without host options such as <c>--data-dir</c>.</param>
/// <param name="Services">A DI scope for this run.</param>
public sealed record VerbContext(IReadOnlyList<string> Arguments, IServiceProvider Services, TextWriter Output, TextWriter Error);

/// <summary>Bad arguments for a verb: the message says what is expected. Exit code 2.</summary>
public sealed class VerbUsageException(string message) : Exception(message);
