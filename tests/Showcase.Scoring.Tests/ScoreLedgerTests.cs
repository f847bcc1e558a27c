using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Shouldly;
using Showcase.Scoring.Canonical;
using Showcase.Scoring.Ledger;

namespace Showcase.Scoring.Tests;

public sealed class ScoreLedgerTests
{
    private static IReadOnlyList<LedgerRecord> Ledger() => Samples.Ledger(Samples.Round(), Samples.Scorecards().Take(5));

    [Fact]
    public void The_first_hash_chains_from_32_zero_bytes_over_the_canonical_event()
    {
        var first = Ledger()[0];

        var expected = SHA256.HashData([.. new byte[32], .. JsonCanonicalizer.Canonicalize(first.EventJson)]);

        first.Hash.ShouldBe(Convert.ToHexStringLower(expected));
    }

    [Fact]
    public void Each_hash_chains_from_the_one_before()
    {
        var ledger = Ledger();

        ledger[3].Hash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData([.. Convert.FromHexString(ledger[2].Hash), .. JsonCanonicalizer.Canonicalize(ledger[3].EventJson)])));
    }

    [Fact]
    public void An_intact_ledger_verifies_to_its_head()
    {
        var ledger = Ledger();

        var result = ScoreLedger.Verify(ledger, new LedgerHead(5, ledger[^1].Hash));

        result.IsIntact.ShouldBeTrue();
        result.Head.ShouldBe(new LedgerHead(5, ledger[^1].Hash));
    }

    [Fact]
    public void The_layout_of_a_stored_event_does_not_matter()
    {
        var ledger = Ledger().Select(r => r with { EventJson = JsonNode.Parse(r.EventJson)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) }).ToList();

        ScoreLedger.Verify(ledger).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public void An_edited_event_is_named_as_the_first_broken_one()
    {
        var ledger = Ledger().ToList();
        var edited = JsonNode.Parse(ledger[2].EventJson)!;
        edited["scores"]!["innovation"] = "40";
        ledger[2] = ledger[2] with { EventJson = edited.ToJsonString() };

        var result = ScoreLedger.Verify(ledger);

        result.IsIntact.ShouldBeFalse();
        result.Break!.Sequence.ShouldBe(3);
        result.Break.Field.ShouldBe("hash");
        result.Break.ToString().ShouldStartWith("ledger event 3 is broken");
    }

    [Fact]
    public void Rehashing_an_edited_event_breaks_the_next_one()
    {
        var ledger = Ledger().ToList();
        var edited = JsonNode.Parse(ledger[1].EventJson)!;
        edited["entry"] = "E9";
        var json = edited.ToJsonString();
        ledger[1] = ledger[1] with { EventJson = json, Hash = ScoreLedger.NextHash(ledger[0].Hash, json) };

        ScoreLedger.Verify(ledger).Break!.Sequence.ShouldBe(3);
    }

    [Fact]
    public void A_removed_event_breaks_the_sequence()
    {
        var ledger = Ledger().ToList();
        ledger.RemoveAt(1);

        var result = ScoreLedger.Verify(ledger);

        result.Break!.Sequence.ShouldBe(2);
        result.Break.Field.ShouldBe("sequence");
    }

    [Fact]
    public void A_published_head_that_does_not_match_is_reported()
    {
        var result = ScoreLedger.Verify(Ledger(), new LedgerHead(4, ScoreLedger.GenesisHash));

        result.Break!.Sequence.ShouldBeNull();
        result.Break.Field.ShouldBe("head");
    }

    [Fact]
    public void An_empty_ledger_has_the_genesis_head()
    {
        ScoreLedger.Verify([]).Head.ShouldBe(LedgerHead.Empty);
        LedgerHead.Empty.Hash.ShouldBe(new string('0', 64));
    }
}
