namespace Showcase.DemoSites.Models;

/// <summary>A kind of site in a programme (<c>pilot-park</c>, 示范园区) and how many the programme planned.</summary>
public sealed record ProgrammeKind(string Kind, string Title, int Count);
