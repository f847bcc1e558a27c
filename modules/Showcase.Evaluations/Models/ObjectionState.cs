namespace Showcase.Evaluations.Models;

public enum ObjectionState
{
    Open,
    Dismissed,
    Upheld,
}
