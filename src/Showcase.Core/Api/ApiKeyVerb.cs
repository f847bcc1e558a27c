using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Cli;
using Showcase.Core.Cli;
using Showcase.Core.Data;

namespace Showcase.Core.Api;

/// <summary>
/// <c>apikey create --name &lt;n&gt; --scopes &lt;a,b&gt; [--rate &lt;n&gt;]</c> prints the new key as its last line;
/// <c>apikey list</c>; <c>apikey revoke --name &lt;n&gt;</c>. Migrates the database first.
/// </summary>
internal sealed class ApiKeyVerb : ICommandVerb
{
    public string Name => "apikey";

    public string Usage => "create --name <n> --scopes <a,b> [--rate <per-minute>] | list | revoke --name <n> — manage partner API keys";

    public async Task<int> RunAsync(VerbContext context, CancellationToken cancellationToken)
    {
        if (context.Arguments.Count == 0)
        {
            throw new VerbUsageException("say what to do: create, list or revoke.");
        }

        var action = context.Arguments[0];
        var options = ParseOptions(context.Arguments.Skip(1).ToList(), action switch
        {
            "create" => ["--name", "--scopes", "--rate"],
            "revoke" => ["--name"],
            "list" => [],
            _ => throw new VerbUsageException($"unknown action '{action}': use create, list or revoke."),
        });

        await context.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var store = context.Services.GetRequiredService<ApiKeyStore>();
        try
        {
            return action switch
            {
                "create" => await CreateAsync(store, options, context.Output, cancellationToken),
                "revoke" => await RevokeAsync(store, options, context.Output, cancellationToken),
                _ => await ListAsync(store, context.Output, cancellationToken),
            };
        }
        catch (ApiKeyRequestException e)
        {
            await context.Error.WriteLineAsync($"apikey {action}: {e.Message}");
            return 2;
        }
    }

    private static async Task<int> CreateAsync(ApiKeyStore store, Dictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var name = Required(options, "--name");
        var scopes = Required(options, "--scopes").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rate = ApiKeyStore.DefaultRatePerMinute;
        if (options.TryGetValue("--rate", out var rateText) && !int.TryParse(rateText, NumberStyles.None, CultureInfo.InvariantCulture, out rate))
        {
            throw new VerbUsageException($"--rate must be a whole number of calls per minute, got '{rateText}'.");
        }

        var (stored, key) = await store.CreateAsync(name, scopes, rate, cancellationToken: cancellationToken);
        await output.WriteLineAsync($"Created API key '{stored.Name}' (prefix {stored.Prefix}, scopes {stored.Scopes}, {stored.RatePerMinute} calls/minute).");
        await output.WriteLineAsync("Hand it to the partner now: it is not stored and cannot be shown again.");
        await output.WriteLineAsync(key);
        return 0;
    }

    private static async Task<int> RevokeAsync(ApiKeyStore store, Dictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var key = await store.RevokeAsync(Required(options, "--name"), cancellationToken: cancellationToken);
        await output.WriteLineAsync($"Revoked API key '{key.Name}' (prefix {key.Prefix}).");
        return 0;
    }

    private static async Task<int> ListAsync(ApiKeyStore store, TextWriter output, CancellationToken cancellationToken)
    {
        var keys = await store.ListAsync(cancellationToken);
        if (keys.Count == 0)
        {
            await output.WriteLineAsync("No API keys.");
            return 0;
        }

        foreach (var key in keys)
        {
            var state = key.RevokedUtc is { } revoked ? $"revoked {revoked:u}" : "active";
            await output.WriteLineAsync($"{key.Name}\tsc_{key.Prefix}_…\t{key.Scopes}\t{key.RatePerMinute}/min\tcreated {key.CreatedUtc:u}\t{state}");
        }

        return 0;
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new VerbUsageException($"{name} is required.");

    /// <summary>Reads <c>--option value</c> and <c>--option=value</c> pairs, refusing options the action does not take.</summary>
    private static Dictionary<string, string> ParseOptions(List<string> arguments, string[] allowed)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            var (option, value) = arguments[i].Split('=', 2) is [var o, var v] ? (o, (string?)v) : (arguments[i], null);
            if (!allowed.Contains(option))
            {
                throw new VerbUsageException(allowed.Length == 0 ? $"unexpected '{arguments[i]}'." : $"unexpected '{arguments[i]}'; options are {string.Join(", ", allowed)}.");
            }

            if (value is null)
            {
                if (i + 1 >= arguments.Count)
                {
                    throw new VerbUsageException($"{option} needs a value.");
                }

                value = arguments[++i];
            }

            if (!options.TryAdd(option, value))
            {
                throw new VerbUsageException($"{option} is given twice.");
            }
        }

        return options;
    }
}
