namespace Showcase.Core.Audit;

/// <summary>One line of the append-only audit log.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset AtUtc { get; set; }

    public string Actor { get; set; } = "";

    public string Action { get; set; } = "";

    public string Target { get; set; } = "";

    public string Details { get; set; } = "";
}
