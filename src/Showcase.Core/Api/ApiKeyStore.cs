using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Api;
using Showcase.Abstractions.Content;
using Showcase.Core.Data;

namespace Showcase.Core.Api;

/// <summary>Issues, lists and revokes API keys. A key's secret is shown once, at creation, and never stored.</summary>
public sealed class ApiKeyStore(CoreDbContext db, IEnumerable<ApiScope> scopes, TimeProvider time, IAuditLog? audit = null)
{
    public const int MaxNameLength = 100;
    public const int DefaultRatePerMinute = 600;

    /// <summary>The scopes a key can be granted, by name.</summary>
    public IReadOnlyDictionary<string, ApiScope> KnownScopes { get; } =
        scopes.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <returns>the stored key (hash only) and the key itself, which the caller must hand over now.</returns>
    /// <exception cref="ApiKeyRequestException">the name is empty, too long or taken, a scope is unknown, or the rate is not positive.</exception>
    public async Task<(ApiKey Stored, string Key)> CreateAsync(string name, IEnumerable<string> scopeNames, int ratePerMinute = DefaultRatePerMinute, string actor = "cli", CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length == 0 || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            throw new ApiKeyRequestException($"A key's name must be 1 to {MaxNameLength} printable characters.");
        }

        var granted = scopeNames.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (granted.Count == 0)
        {
            throw new ApiKeyRequestException($"A key needs at least one scope. Known scopes: {string.Join(", ", KnownScopes.Keys.Order(StringComparer.Ordinal))}.");
        }

        var unknown = granted.Where(s => !KnownScopes.ContainsKey(s)).ToList();
        if (unknown.Count > 0)
        {
            throw new ApiKeyRequestException($"Unknown scope{(unknown.Count > 1 ? "s" : "")}: {string.Join(", ", unknown)}. Known scopes: {string.Join(", ", KnownScopes.Keys.Order(StringComparer.Ordinal))}.");
        }

        if (ratePerMinute <= 0)
        {
            throw new ApiKeyRequestException($"The rate must be a positive number of calls per minute, got {ratePerMinute}.");
        }

        if (await db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken))
        {
            throw new ApiKeyRequestException($"An API key named '{name}' already exists. Choose another name, or revoke that key and create one under a new name.");
        }

        var (key, prefix) = ApiKeyFormat.Generate();
        var stored = new ApiKey
        {
            Name = name,
            Prefix = prefix,
            Hash = ApiKeyFormat.Hash(key),
            Scopes = string.Join(',', granted),
            RatePerMinute = ratePerMinute,
            CreatedUtc = time.GetUtcNow(),
        };
        db.ApiKeys.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        if (audit is not null)
        {
            await audit.WriteAsync(actor, "apikey.create", $"apikey/{name}", $"scopes={stored.Scopes}; rate={ratePerMinute}/min; prefix={prefix}", cancellationToken);
        }

        return (stored, key);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(cancellationToken);

    /// <summary>Revokes the key named <paramref name="name"/>. Nodes stop accepting it within <see cref="ApiOptions.KeyCacheDuration"/>.</summary>
    /// <exception cref="ApiKeyRequestException">no key has that name, or it is already revoked.</exception>
    public async Task<ApiKey> RevokeAsync(string name, string actor = "cli", CancellationToken cancellationToken = default)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Name == name.Trim(), cancellationToken)
            ?? throw new ApiKeyRequestException($"No API key is named '{name}'.");
        if (key.RevokedUtc is not null)
        {
            throw new ApiKeyRequestException($"The API key '{key.Name}' was already revoked at {key.RevokedUtc:u}.");
        }

        key.RevokedUtc = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        if (audit is not null)
        {
            await audit.WriteAsync(actor, "apikey.revoke", $"apikey/{key.Name}", $"prefix={key.Prefix}", cancellationToken);
        }

        return key;
    }
}

/// <summary>A request about API keys that cannot be carried out; the message says why. Nothing was changed.</summary>
public sealed class ApiKeyRequestException(string message) : Exception(message);
