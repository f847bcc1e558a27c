namespace Showcase.Core.Hosting;

/// <summary>A start-up check that failed; its message is the one line the person starting the site reads.</summary>
public sealed class StartupCheckException(string message) : Exception(message);
