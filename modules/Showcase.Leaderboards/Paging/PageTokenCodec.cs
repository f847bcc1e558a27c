using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Showcase.Abstractions.Api;

namespace Showcase.Leaderboards.Paging;

/// <summary>
/// Page tokens: opaque to partners, signed with HMAC-SHA256 under the key kept in the database (every node has the
/// same), so a token cannot be forged, altered or carried to another list. Layout before base64url:
/// format byte, version (8), offset (4), list and filter (length-prefixed UTF-8), then the first 16 bytes of the MAC.
/// The same request at the same version always gets the same token, so a page can be encoded once.
/// </summary>
public sealed class PageTokenCodec
{
    private const byte Format = 1;
    private const int MacLength = 16;
    private byte[]? _key;

    public bool HasKey => _key is not null;

    public void UseKey(byte[] key) => _key = key.Length >= 32 ? key : throw new ArgumentException("A page-token key has at least 32 bytes.", nameof(key));

    public string Encode(PageToken token)
    {
        var list = Encoding.UTF8.GetBytes(token.List);
        var filter = Encoding.UTF8.GetBytes(token.Filter);
        var body = new byte[1 + 8 + 4 + 2 + list.Length + 2 + filter.Length];
        var span = body.AsSpan();
        span[0] = Format;
        BinaryPrimitives.WriteInt64BigEndian(span[1..], token.Version);
        BinaryPrimitives.WriteInt32BigEndian(span[9..], token.Offset);
        BinaryPrimitives.WriteUInt16BigEndian(span[13..], (ushort)list.Length);
        list.CopyTo(span[15..]);
        BinaryPrimitives.WriteUInt16BigEndian(span[(15 + list.Length)..], (ushort)filter.Length);
        filter.CopyTo(span[(17 + list.Length)..]);
        var whole = new byte[body.Length + MacLength];
        body.CopyTo(whole, 0);
        Mac(body).AsSpan(0, MacLength).CopyTo(whole.AsSpan(body.Length));
        return WebEncoders.Base64UrlEncode(whole);
    }

    /// <summary>Reads a token that must belong to <paramref name="list"/> with <paramref name="filter"/>.</summary>
    /// <exception cref="ApiException">INVALID_ARGUMENT (PAGE_TOKEN_INVALID) for a malformed, tampered or foreign token.</exception>
    public PageToken Decode(string text, string list, string filter)
    {
        byte[] whole;
        try
        {
            whole = WebEncoders.Base64UrlDecode(text);
        }
        catch (FormatException)
        {
            throw Invalid();
        }

        if (whole.Length < 17 + MacLength || whole[0] != Format)
        {
            throw Invalid();
        }

        var body = whole.AsSpan(0, whole.Length - MacLength);
        if (!CryptographicOperations.FixedTimeEquals(Mac(body.ToArray()).AsSpan(0, MacLength), whole.AsSpan(body.Length)))
        {
            throw Invalid();
        }

        var listLength = BinaryPrimitives.ReadUInt16BigEndian(body[13..]);
        var filterAt = 15 + listLength;
        if (filterAt + 2 > body.Length)
        {
            throw Invalid();
        }

        var filterLength = BinaryPrimitives.ReadUInt16BigEndian(body[filterAt..]);
        if (filterAt + 2 + filterLength != body.Length)
        {
            throw Invalid();
        }

        var token = new PageToken(
            Encoding.UTF8.GetString(body.Slice(15, listLength)),
            BinaryPrimitives.ReadInt64BigEndian(body[1..]),
            BinaryPrimitives.ReadInt32BigEndian(body[9..]),
            Encoding.UTF8.GetString(body.Slice(filterAt + 2, filterLength)));
        if (token.List != list || token.Filter != filter || token.Offset < 0)
        {
            throw ApiException.InvalidArgument("PAGE_TOKEN_INVALID", "This page token belongs to another list or other request fields; send the same request that returned it.", "page_token");
        }

        return token;
    }

    private byte[] Mac(byte[] body) =>
        HMACSHA256.HashData(_key ?? throw new InvalidOperationException("The page-token key is not loaded yet."), body);

    private static ApiException Invalid() =>
        ApiException.InvalidArgument("PAGE_TOKEN_INVALID", "This page token is not one this site issued, or it was changed. Start again without a page token.", "page_token");
}
