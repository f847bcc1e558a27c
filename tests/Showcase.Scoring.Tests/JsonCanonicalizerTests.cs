using System.Text;
using Shouldly;
using Showcase.Scoring.Canonical;

namespace Showcase.Scoring.Tests;

/// <summary>RFC 8785 against its published examples.</summary>
public sealed class JsonCanonicalizerTests
{
    private static string Canonical(string json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(json));

    [Fact]
    public void The_rfcs_main_example_canonicalizes_to_its_published_form()
    {
        // RFC 8785 §3.2.4.
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;

        Canonical(input).ShouldBe("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    [Fact]
    public void The_rfcs_main_example_has_the_published_utf8_bytes()
    {
        var bytes = JsonCanonicalizer.Canonicalize("""{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/","literals":[null,true,false]}""");

        // RFC 8785 §3.2.4 lists these bytes; the euro sign is e2 82 ac.
        const string published = """
            7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72
            75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a
            5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31
            65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37
            5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30
            30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d
            """;

        Convert.ToHexStringLower(bytes).ShouldBe(string.Concat(published.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Members_are_sorted_by_utf16_code_units()
    {
        // RFC 8785 §3.2.3.
        const string input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;

        Canonical(input).ShouldBe(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    [Theory]
    [InlineData(0x0000000000000000UL, "0")]
    [InlineData(0x8000000000000000UL, "0")]
    [InlineData(0x0000000000000001UL, "5e-324")]
    [InlineData(0x8000000000000001UL, "-5e-324")]
    [InlineData(0x7fefffffffffffffUL, "1.7976931348623157e+308")]
    [InlineData(0xffefffffffffffffUL, "-1.7976931348623157e+308")]
    [InlineData(0x4340000000000000UL, "9007199254740992")]
    [InlineData(0xc340000000000000UL, "-9007199254740992")]
    [InlineData(0x4430000000000000UL, "295147905179352830000")]
    [InlineData(0x44b52d02c7e14af5UL, "9.999999999999997e+22")]
    [InlineData(0x44b52d02c7e14af6UL, "1e+23")]
    [InlineData(0x44b52d02c7e14af7UL, "1.0000000000000001e+23")]
    [InlineData(0x444b1ae4d6e2ef4eUL, "999999999999999700000")]
    [InlineData(0x444b1ae4d6e2ef4fUL, "999999999999999900000")]
    [InlineData(0x444b1ae4d6e2ef50UL, "1e+21")]
    [InlineData(0x3eb0c6f7a0b5ed8cUL, "9.999999999999997e-7")]
    [InlineData(0x3eb0c6f7a0b5ed8dUL, "0.000001")]
    [InlineData(0x41b3de4355555553UL, "333333333.3333332")]
    [InlineData(0x41b3de4355555554UL, "333333333.33333325")]
    [InlineData(0x41b3de4355555555UL, "333333333.3333333")]
    [InlineData(0x41b3de4355555556UL, "333333333.3333334")]
    [InlineData(0x41b3de4355555557UL, "333333333.33333343")]
    [InlineData(0xbecbf647612f3696UL, "-0.0000033333333333333333")]
    [InlineData(0x43143ff3c1cb0959UL, "1424953923781206.2")]
    public void Numbers_are_written_as_the_rfcs_appendix_b_lists(ulong bits, string expected)
    {
        EcmaScriptNumber.Format(BitConverter.UInt64BitsToDouble(bits)).ShouldBe(expected);
    }

    [Fact]
    public void NaN_and_infinity_have_no_canonical_form()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => EcmaScriptNumber.Format(double.NaN));
        Should.Throw<FormatException>(() => JsonCanonicalizer.Canonicalize("[1e400]"));
    }

    [Fact]
    public void Nested_objects_and_arrays_are_sorted_and_whitespace_removed()
    {
        Canonical("""[56, {"d": true, "10": null, "1": [ ]}]""").ShouldBe("""[56,{"1":[],"10":null,"d":true}]""");
    }

    [Fact]
    public void A_repeated_member_name_is_refused()
    {
        Should.Throw<FormatException>(() => JsonCanonicalizer.Canonicalize("""{"a":1,"a":2}"""));
    }

    [Fact]
    public void A_lone_surrogate_is_refused()
    {
        Should.Throw<FormatException>(() => JsonCanonicalizer.Canonicalize("\"\\ud800\""));
    }

    [Fact]
    public void Control_characters_use_lowercase_hex_except_the_named_escapes()
    {
        Canonical("\"\\u0001\\u001f\\b\\t\\n\\f\\r\\u007f\"").ShouldBe("\"\\u0001\\u001f\\b\\t\\n\\f\\r\u007f\"");
    }
}
