using Shouldly;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Tests;

/// <summary>The submitted cards carried from revision to revision, against a plain set given the same changes.</summary>
public sealed class SubmittedCardsTests
{
    [Fact]
    public void Carried_forward_through_many_revisions_it_answers_as_a_set_would_and_earlier_revisions_keep_their_answers()
    {
        var random = new Random(7);
        (string, string, string) Card() => ("s" + random.Next(2), "E" + random.Next(40), "j" + random.Next(5));
        var initial = Enumerable.Range(0, 150).Select(_ => Card()).ToList();
        var expected = initial.ToHashSet();
        var cards = SubmittedCards.Of(initial);
        var history = new List<(SubmittedCards Cards, HashSet<(string, string, string)> Expected)> { (cards, [.. expected]) };
        var folded = false;
        for (var revision = 0; revision < 400; revision++)
        {
            // Mostly one card a revision (a lone submission), sometimes several (a command that changed many).
            var changes = Enumerable.Range(0, random.Next(10) == 0 ? 30 : 1).Select(_ => (Card(), random.Next(4) > 0)).ToList();
            foreach (var (card, submitted) in changes)
            {
                _ = submitted ? expected.Add(card) : expected.Remove(card);
            }

            var pending = cards.PendingChanges;
            cards = cards.With(changes);
            folded |= cards.PendingChanges < pending;
            cards.PendingChanges.ShouldBeLessThanOrEqualTo(SubmittedCards.MaxChanges);
            history.Add((cards, [.. expected]));
        }

        folded.ShouldBeTrue();
        foreach (var (past, answers) in history)
        {
            foreach (var stage in new[] { "s0", "s1" })
            {
                for (var entry = 0; entry < 40; entry++)
                {
                    for (var judge = 0; judge < 5; judge++)
                    {
                        var card = (stage, "E" + entry, "j" + judge);
                        past.Contains(card).ShouldBe(answers.Contains(card), $"{card}");
                    }
                }
            }
        }
    }
}
