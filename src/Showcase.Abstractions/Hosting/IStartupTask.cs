namespace Showcase.Abstractions.Hosting;

/// <summary>
/// Work the host does once after migrating and before serving: create the first administrator,
/// run the default recipe on a new database, and so on. Tasks run in ascending <see cref="Order"/>.
/// </summary>
public interface IStartupTask
{
    int Order { get; }

    Task RunAsync(StartupContext context, CancellationToken cancellationToken);
}

/// <param name="IsNewDatabase">true when this start created the database.</param>
/// <param name="Output">Where to print what a person starting the host must see (the first admin password).</param>
public sealed record StartupContext(bool IsNewDatabase, TextWriter Output);
