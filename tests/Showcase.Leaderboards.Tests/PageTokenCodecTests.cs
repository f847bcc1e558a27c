extern alias server;

using System.Security.Cryptography;
using Shouldly;
using server::Showcase.Leaderboards.Paging;
using Showcase.Abstractions.Api;

namespace Showcase.Leaderboards.Tests;

public sealed class PageTokenCodecTests
{
    private static PageTokenCodec Codec(byte[] key)
    {
        var codec = new PageTokenCodec();
        codec.UseKey(key);
        return codec;
    }

    [Fact]
    public void A_token_round_trips_and_is_the_same_for_the_same_page()
    {
        var codec = Codec(RandomNumberGenerator.GetBytes(32));
        var token = new PageToken("rounds/r", 42, 100, "ranked");

        codec.Decode(codec.Encode(token), "rounds/r", "ranked").ShouldBe(token);
        codec.Encode(token).ShouldBe(codec.Encode(token));
    }

    [Fact]
    public void Every_changed_byte_of_a_token_is_refused()
    {
        var codec = Codec(RandomNumberGenerator.GetBytes(32));
        var bytes = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(codec.Encode(new PageToken("rounds/r", 42, 100, "ranked")));
        for (var i = 0; i < bytes.Length; i++)
        {
            var changed = (byte[])bytes.Clone();
            changed[i] ^= 0x20;
            Should.Throw<ApiException>(() => codec.Decode(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(changed), "rounds/r", "ranked"))
                .Kind.ShouldBe(ApiErrorKind.InvalidArgument);
        }
    }

    [Fact]
    public void A_token_of_another_key_list_or_filter_is_refused_and_one_of_the_same_key_is_accepted_by_another_node()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var text = Codec(key).Encode(new PageToken("rounds/r", 1, 10, "ranked"));

        Should.Throw<ApiException>(() => Codec(RandomNumberGenerator.GetBytes(32)).Decode(text, "rounds/r", "ranked"));
        Should.Throw<ApiException>(() => Codec(key).Decode(text, "rounds/other", "ranked"));
        Should.Throw<ApiException>(() => Codec(key).Decode(text, "rounds/r", "unranked"));
        Codec(key).Decode(text, "rounds/r", "ranked").Offset.ShouldBe(10);
    }
}
