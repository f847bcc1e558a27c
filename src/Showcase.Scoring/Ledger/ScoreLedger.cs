using System.Security.Cryptography;
using System.Text.Json;
using Showcase.Scoring.Canonical;

namespace Showcase.Scoring.Ledger;

/// <summary>
/// The score ledger's hash chain: h_n = SHA-256(h_{n−1} ‖ JCS bytes of event n), h_0 = 32 zero bytes. Editing, removing
/// or reordering any stored event changes every later hash, and <see cref="Verify"/> names the first event that no
/// longer matches.
/// </summary>
public static class ScoreLedger
{
    /// <summary>h_0 in hex.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>h_n from h_{n−1} (hex) and the event.</summary>
    public static string NextHash(string previousHash, string eventJson)
    {
        var previous = Convert.FromHexString(previousHash);
        if (previous.Length != 32)
        {
            throw new FormatException($"A ledger hash has 32 bytes (64 hex digits), not {previous.Length}.");
        }

        var canonical = JsonCanonicalizer.Canonicalize(eventJson);
        var input = new byte[32 + canonical.Length];
        previous.CopyTo(input, 0);
        canonical.CopyTo(input, 32);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    /// <summary>Appends an event after <paramref name="head"/>; its sequence must be the next one.</summary>
    public static LedgerRecord Append(LedgerHead head, LedgerEvent ledgerEvent)
    {
        if (ledgerEvent.Sequence != head.Sequence + 1)
        {
            throw new ArgumentException($"The event after sequence {head.Sequence} is {head.Sequence + 1}, not {ledgerEvent.Sequence}.", nameof(ledgerEvent));
        }

        var json = ledgerEvent.ToJson().ToJsonString();
        return new LedgerRecord(ledgerEvent.Sequence, json, NextHash(head.Hash, json));
    }

    /// <summary>Builds a whole ledger from its events, in order.</summary>
    public static IReadOnlyList<LedgerRecord> Chain(IEnumerable<LedgerEvent> events)
    {
        var records = new List<LedgerRecord>();
        var head = LedgerHead.Empty;
        foreach (var ledgerEvent in events)
        {
            var record = Append(head, ledgerEvent);
            records.Add(record);
            head = new LedgerHead(record.Sequence, record.Hash);
        }

        return records;
    }

    /// <summary>
    /// Recomputes the chain over the stored events and compares each stored hash, then the published head. Returns the
    /// head when everything matches, otherwise the first event (or the head) that does not.
    /// </summary>
    public static LedgerVerification Verify(IReadOnlyList<LedgerRecord> records, LedgerHead? publishedHead = null)
    {
        var hash = GenesisHash;
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var expectedSequence = i + 1L;
            long eventSequence;
            try
            {
                using var document = JsonDocument.Parse(record.EventJson);
                eventSequence = document.RootElement.TryGetProperty("sequence", out var sequence) && sequence.TryGetInt64(out var s) ? s : -1;
                hash = NextHash(hash, record.EventJson);
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                return LedgerVerification.Broken(expectedSequence, "event", "canonical JSON", e.Message);
            }

            if (record.Sequence != expectedSequence || eventSequence != expectedSequence)
            {
                return LedgerVerification.Broken(expectedSequence, "sequence", expectedSequence.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{record.Sequence} (event says {eventSequence})");
            }

            if (!string.Equals(hash, record.Hash, StringComparison.OrdinalIgnoreCase))
            {
                return LedgerVerification.Broken(expectedSequence, "hash", hash, record.Hash);
            }
        }

        var head = new LedgerHead(records.Count, hash);
        if (publishedHead is not null && (publishedHead.Sequence != head.Sequence || !string.Equals(publishedHead.Hash, head.Hash, StringComparison.OrdinalIgnoreCase)))
        {
            return LedgerVerification.Broken(null, "head", $"{head.Sequence} {head.Hash}", $"{publishedHead.Sequence} {publishedHead.Hash}");
        }

        return new LedgerVerification(head, null);
    }
}

/// <summary>The outcome of <see cref="ScoreLedger.Verify"/>: the recomputed head, or the first break.</summary>
public sealed record LedgerVerification(LedgerHead? Head, LedgerBreak? Break)
{
    public bool IsIntact => Break is null;

    internal static LedgerVerification Broken(long? sequence, string field, string expected, string found) =>
        new(null, new LedgerBreak(sequence, field, expected, found));
}

/// <summary>Where the chain breaks: the event's sequence (null for the published head), what differs, what the chain expects and what is stored.</summary>
public sealed record LedgerBreak(long? Sequence, string Field, string Expected, string Found)
{
    public override string ToString() => Sequence is long n
        ? $"ledger event {n} is broken: {Field} expected {Expected}, found {Found}"
        : $"ledger head does not match the events: expected {Expected}, found {Found}";
}
