namespace Showcase.Benchmarks.StackApp;

public sealed class Thing
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}
