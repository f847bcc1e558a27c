using System.Security.Cryptography;
using System.Text;
using Shouldly;
using Showcase.Core.Api;

namespace Showcase.Web.Tests;

public sealed class ApiKeyFormatTests
{
    [Fact]
    public void A_generated_key_is_sc_prefix_secret_with_a_256_bit_secret_and_is_well_formed()
    {
        var (key, prefix) = ApiKeyFormat.Generate();

        key.ShouldMatch("^sc_[a-z2-7]{8}_[a-z2-7]{52}$"); // 52 base32 characters carry 260 bits: all 256 of the secret
        key.ShouldStartWith($"sc_{prefix}_");
        ApiKeyFormat.IsWellFormed(key).ShouldBeTrue();
    }

    [Fact]
    public void Generated_keys_differ()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => ApiKeyFormat.Generate().Key).ToHashSet();

        keys.Count.ShouldBe(100);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sc_")]
    [InlineData("Bearer sc_abcdefgh_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")]
    [InlineData("sc_ABCDEFGH_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")]
    [InlineData("sc_abcdefgh-abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")]
    [InlineData("sc_abcdefgh_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxy1")]
    [InlineData("xx_abcdefgh_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")]
    public void Strings_that_cannot_be_keys_are_not_well_formed(string candidate)
    {
        ApiKeyFormat.IsWellFormed(candidate).ShouldBeFalse();
    }

    [Fact]
    public void The_stored_hash_is_the_lower_case_hex_sha256_of_the_whole_key()
    {
        var (key, _) = ApiKeyFormat.Generate();

        ApiKeyFormat.Hash(key).ShouldBe(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant());
    }
}
