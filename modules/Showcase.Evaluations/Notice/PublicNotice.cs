using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Notice;

/// <summary>
/// A round's published results (公示) as the public notice shows them: the ranking of the results export the round
/// published on entering PUBLIC_NOTICE or FINAL, its digest and ledger head, the bands, decisions and notice period.
/// </summary>
/// <param name="NoticeFrom">When the public notice began (the schedule's time, else the move into PUBLIC_NOTICE).</param>
/// <param name="NoticeUntil">When the notice period ends, if the round has a notice period.</param>
/// <param name="FinalUtc">When the round became FINAL; null while in public notice.</param>
public sealed record PublicNotice(
    string Code,
    string Title,
    int Year,
    RoundState State,
    bool IsIllustrative,
    bool LiveDisplay,
    IReadOnlyList<(string Key, string Title)> Stages,
    DateTimeOffset PublishedUtc,
    DateTimeOffset? NoticeFrom,
    DateTimeOffset? NoticeUntil,
    DateTimeOffset? FinalUtc,
    string Digest,
    long LedgerSequence,
    string LedgerHash,
    IReadOnlyList<NoticeLine> Lines,
    IReadOnlyList<NoticeBand> Bands,
    IReadOnlyList<NoticeDecision> Decisions,
    int OpenObjections)
{
    public bool InNotice => State == RoundState.PublicNotice;
}
