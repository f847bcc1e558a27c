namespace Showcase.Evaluations.Services;

/// <summary>
/// A command the module refuses, with a stable <see cref="Reason"/> (e.g. <c>STAGE_NOT_OPEN</c>) for the edges to map
/// (ProblemDetails, <c>google.rpc.ErrorInfo</c>) and a message for people that names what is wrong. Nothing was stored.
/// </summary>
public class EvaluationRefusedException(string reason, string message) : Exception(message)
{
    public string Reason { get; } = reason;
}
