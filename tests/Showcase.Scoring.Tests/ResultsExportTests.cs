using System.Text.Json.Nodes;
using Shouldly;
using Showcase.Scoring.Export;

namespace Showcase.Scoring.Tests;

public sealed class ResultsExportTests
{
    [Fact]
    public void An_untouched_export_verifies_and_reports_its_digest()
    {
        var export = Samples.Export();

        var result = ResultsVerification.Verify(ResultsExport.ToJson(export));

        result.IsVerified.ShouldBeTrue(result.ToString());
        result.Digest.ShouldBe(ResultsExport.Digest(export));
        result.ToString().ShouldBe($"verified: {result.Digest}");
    }

    [Fact]
    public void The_sample_round_has_the_results_the_rules_give()
    {
        var standings = RoundCalculator.Calculate(Samples.Round(), Samples.Scorecards());

        standings.Entries.Select(s => (s.EntryCode, s.Status, s.ScoreText, s.Rank, s.Grade, s.BoundaryTie)).ShouldBe(
        [
            ("E2", StandingStatus.Ranked, "85.00", 1, "TOP1", true),
            ("E1", StandingStatus.Ranked, "85.00", 2, "A", true),
            ("E6", StandingStatus.Ranked, "83.83", 3, "A", false),
            ("E3", StandingStatus.Ranked, "72.50", 4, "B", false),
            ("E4", StandingStatus.Eliminated, "71.00", 5, "", false),
            ("E5", StandingStatus.InsufficientPanel, "", 0, "", false),
        ]);
    }

    [Fact]
    public void Decimals_are_written_with_exactly_the_digits_the_rules_produce()
    {
        var export = Samples.Export();

        export["results"]![0]!["score"]!.GetValue<string>().ShouldBe("85.00");
        export["scores"]!.AsArray().Select(s => s!["scores"]!["effect"]!.GetValue<string>()).ShouldContain("35.5");
        export["stages"]![0]!["criteria"]![0]!["max"]!.GetValue<string>().ShouldBe("40");
    }

    [Fact]
    public void Judges_appear_only_under_pseudonyms()
    {
        var json = ResultsExport.ToJson(Samples.Export());

        json.ShouldNotContain("wang");
        json.ShouldContain("\"J01\"");
    }

    [Fact]
    public void Only_counted_scores_are_exported()
    {
        var export = Samples.Export();

        // zhao's scorecard for E5 is conflicted, and E5 never reached the live stage.
        var scores = export["scores"]!.AsArray();
        scores.Count(s => s!["entry"]!.GetValue<string>() == "E5").ShouldBe(4);
        scores.Count(s => s!["stage"]!.GetValue<string>() == "live").ShouldBe(12);
    }

    [Fact]
    public void The_digest_does_not_depend_on_input_order_or_layout()
    {
        var round = Samples.Round();
        var cards = Samples.Scorecards();
        var ledger = Samples.Ledger(round, cards);
        var shuffled = round with
        {
            Entries = [.. round.Entries.Reverse()],
            Stages = [.. round.Stages.Select(s => s with { Judges = [.. s.Judges.Reverse()] })],
        };
        var reordered = cards.AsEnumerable().Reverse().ToList();

        var a = ResultsExport.Create(RoundTally.Create(round, cards), ledger);
        var b = ResultsExport.Create(RoundTally.Create(shuffled, reordered), ledger);

        ResultsExport.Digest(a).ShouldBe(ResultsExport.Digest(b));
        ResultsExport.Digest(JsonNode.Parse(ResultsExport.ToJson(a))!).ShouldBe(ResultsExport.Digest(JsonNode.Parse(a.ToJsonString())!));
    }

    [Fact]
    public void A_changed_score_is_reported_with_entry_field_expected_and_found()
    {
        var export = Samples.Export();
        var card = export["scores"]!.AsArray().First(s => s!["stage"]!.GetValue<string>() == "live" && s["entry"]!.GetValue<string>() == "E3")!;
        card["scores"]!["overall"] = "99";

        var result = ResultsVerification.Verify(export.ToJsonString());

        result.IsVerified.ShouldBeFalse();
        result.Difference.ShouldNotBeNull();
        result.Difference.Entry.ShouldBe("E3");
        result.Difference.Field.ShouldBe("score");
        result.Difference.Expected.ShouldNotBe("72.50");
        result.Difference.Found.ShouldBe("72.50");
    }

    [Fact]
    public void A_changed_result_is_reported()
    {
        var export = Samples.Export();
        export["results"]![2]!["rank"] = 2;

        var result = ResultsVerification.Verify(export.ToJsonString());

        result.Difference.ShouldBe(new ResultDifference("E6", "rank", "3", "2"));
        result.ToString().ShouldBe("results differ: entry E6, field rank: expected 3, found 2");
    }

    [Fact]
    public void A_result_of_the_wrong_json_type_is_a_difference()
    {
        var export = Samples.Export();
        export["results"]![2]!["rank"] = "3";

        ResultsVerification.Verify(export.ToJsonString()).Difference!.ShouldSatisfyAllConditions(d => d.Entry.ShouldBe("E6"), d => d.Field.ShouldBe("rank"));
    }

    [Fact]
    public void A_changed_stage_result_names_the_stage()
    {
        var export = Samples.Export();
        export["results"]![3]!["stages"]![0]!["judgeCount"] = 4;

        ResultsVerification.Verify(export.ToJsonString()).Difference.ShouldBe(new ResultDifference("E3", "stages[material].judgeCount", "5", "4"));
    }

    [Fact]
    public void A_missing_result_is_reported()
    {
        var export = Samples.Export();
        export["results"]!.AsArray().RemoveAt(5);

        ResultsVerification.Verify(export.ToJsonString()).Difference!.ShouldSatisfyAllConditions(d => d.Entry.ShouldBe("E5"), d => d.Field.ShouldBe("entry"));
    }

    [Fact]
    public void A_tampered_ledger_event_is_named()
    {
        var export = Samples.Export();
        export["ledger"]!["events"]![6]!["event"]!["scores"]!["spread"] = "20";

        var result = ResultsVerification.Verify(export.ToJsonString());

        result.LedgerBreak.ShouldNotBeNull();
        result.LedgerBreak.Sequence.ShouldBe(7);
        result.ToString().ShouldStartWith("ledger event 7 is broken");
    }

    [Fact]
    public void A_removed_decision_changes_the_ranking_and_is_caught()
    {
        var export = Samples.Export();
        export["decisions"]!.AsArray().Clear();

        var result = ResultsVerification.Verify(export.ToJsonString());

        result.Difference!.ShouldSatisfyAllConditions(d => d.Entry.ShouldBe("E1"), d => d.Field.ShouldBe("rank"));
    }

    [Fact]
    public void Not_an_export_is_a_problem_not_a_crash()
    {
        ResultsVerification.Verify("{").Problem.ShouldStartWith("the export is not JSON");
        ResultsVerification.Verify("{}").Problem.ShouldBe("rules: is missing");
        var export = Samples.Export();
        export["scores"]![0]!["scores"]!["innovation"] = "41";
        ResultsVerification.Verify(export.ToJsonString()).Problem!.ShouldContain("innovation = 41 is above the maximum");
    }
}
