using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Showcase.Core.Api;

/// <summary>
/// The shape of an API key: <c>sc_&lt;prefix&gt;_&lt;secret&gt;</c>, lower-case base32. The prefix (40 random
/// bits) is stored in clear so people can tell keys apart in lists; the secret has 256 random bits.
/// Only the SHA-256 of the whole key is stored: a key is random, so a fast hash is enough (no password
/// stretching), and looking a key up by its hash needs no comparison in code.
/// </summary>
public static class ApiKeyFormat
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private static readonly SearchValues<char> AlphabetValues = SearchValues.Create(Alphabet);
    private const int PrefixBytes = 5;  // 8 characters
    private const int SecretBytes = 32; // 52 characters

    public static int PrefixLength { get; } = Base32Length(PrefixBytes);

    private static int SecretLength { get; } = Base32Length(SecretBytes);

    /// <returns>a new key and its prefix.</returns>
    public static (string Key, string Prefix) Generate()
    {
        var prefix = Base32(RandomNumberGenerator.GetBytes(PrefixBytes));
        var secret = Base32(RandomNumberGenerator.GetBytes(SecretBytes));
        return ($"sc_{prefix}_{secret}", prefix);
    }

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes, as stored in <see cref="ApiKey.Hash"/>.</summary>
    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether <paramref name="key"/> could be a key at all, checked before touching the database.</summary>
    public static bool IsWellFormed(string key)
    {
        if (key.Length != 3 + PrefixLength + 1 + SecretLength || !key.StartsWith("sc_", StringComparison.Ordinal) || key[3 + PrefixLength] != '_')
        {
            return false;
        }

        return key.AsSpan(3, PrefixLength).IndexOfAnyExcept(AlphabetValues) < 0
            && key.AsSpan(4 + PrefixLength).IndexOfAnyExcept(AlphabetValues) < 0;
    }

    private static int Base32Length(int bytes) => (bytes * 8 + 4) / 5;

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(Base32Length(bytes.Length));
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                text.Append(Alphabet[(buffer >> bits) & 31]);
            }
        }

        if (bits > 0)
        {
            text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return text.ToString();
    }
}
