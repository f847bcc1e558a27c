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
public sealed record StartupContext(bool IsNewDatabase, TextWriter Output)
{
    /// <summary>
    /// The folder this start copied the new database from: demo data prepared when the application was published
    /// (the default recipe already applied). Null when the database was made here.
    /// </summary>
    public string? DemoDataCopiedFrom { get; init; }

    /// <summary>
    /// true when this run prepares demo data that other installations will copy (<c>demo-data prepare</c>): a task
    /// that makes something one installation must not share with another (the first administrator and their
    /// password, keys) leaves it to the installation's own first start.
    /// </summary>
    public bool PreparingDemoData { get; init; }
}
