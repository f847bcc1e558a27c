using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Showcase.Evaluations.Pages;

/// <summary>
/// A scorecard as a form posts it: one field <c>score.{criterion}</c> per score. Every such field is read, an unknown
/// criterion too, so that the rules (not the form) say what is wrong with it; an empty field is a missing score.
/// </summary>
public sealed record ScoreForm(IReadOnlyDictionary<string, decimal> Scores, IReadOnlyDictionary<string, string> Entered, IReadOnlyList<string> Unreadable)
{
    public const string Prefix = "score.";

    /// <summary>The refusal of a field that is not a number at all (the form's own check, before the rules).</summary>
    public const string NotANumber = "NOT_A_NUMBER";

    public static ScoreForm Read(IFormCollection form)
    {
        var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var entered = new Dictionary<string, string>(StringComparer.Ordinal);
        var unreadable = new List<string>();
        foreach (var (name, values) in form)
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal) || name.Length == Prefix.Length)
            {
                continue;
            }

            var key = name[Prefix.Length..];
            var text = (values.ToString() ?? "").Trim();
            entered[key] = text;
            if (text.Length == 0)
            {
                continue;
            }

            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                scores[key] = value;
            }
            else
            {
                unreadable.Add(key);
            }
        }

        return new ScoreForm(scores, entered, unreadable);
    }
}
