namespace Showcase.Testing;

/// <summary>A clock the tests move by hand (register it as the host's <see cref="TimeProvider"/>).</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
