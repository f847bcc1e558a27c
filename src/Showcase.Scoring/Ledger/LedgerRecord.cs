namespace Showcase.Scoring.Ledger;

/// <summary>A stored ledger event: its JSON text (hashed in canonical form, so its formatting does not matter) and h_n in lower-case hex.</summary>
public sealed record LedgerRecord(long Sequence, string EventJson, string Hash);

/// <summary>The last event of the ledger: published results carry it.</summary>
public sealed record LedgerHead(long Sequence, string Hash)
{
    /// <summary>The head of an empty ledger: sequence 0, h_0 = 32 zero bytes.</summary>
    public static LedgerHead Empty { get; } = new(0, ScoreLedger.GenesisHash);
}
